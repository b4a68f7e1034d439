// When the desktop app imports a file double-clicked in the file manager, the open window reads its
// data again. The main process's side (webContents.send after the import) needs Electron; here the
// page gets the same bridge object the preload exposes (`window.tongketEvents`) and the import is made
// behind its back through the real services, as the main process does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp';
import { makeUnit, packageOf } from '../helpers/unit-package';
import { useE2E } from './support/session';
import { TrackerPage } from './pages/tracker-page';

declare global {
  interface Window {
    /** Test hook: what the main process's message would do. */
    fireDataChanged?: () => void;
  }
}

describe('data changed behind the window', () => {
  const e2e = useE2E({ passphrase: TEST_PASSPHRASE });
  const tempDir = useTempDirs();

  it('shows a package imported by a double-click in the open tracker', async () => {
    const unit = makeUnit(tempDir(), 'LDLD-SINHO');
    const { api } = e2e.host.services;
    await api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện' });
    await api.registerKey({ publicKeyText: readFileSync(unit.pubFile, 'utf8'), fingerprint: unit.fingerprint });
    await e2e.page.addInitScript(() => {
      const listeners: (() => void)[] = [];
      Object.defineProperty(window, 'tongketEvents', {
        value: {
          onDataChanged(listener: () => void) {
            listeners.push(listener);
            return () => listeners.splice(listeners.indexOf(listener), 1);
          },
        },
      });
      window.fireDataChanged = () => listeners.forEach((l) => l());
    });

    const tracker = new TrackerPage(e2e.page);
    await tracker.open(e2e.host.url);
    await tracker.openFromNav();
    expect(await tracker.statusOf('LDLD-SINHO')).toBe('Chưa nhận');

    // The main process imports the double-clicked file, then tells the window.
    const lines = await api.importUploads({ files: [{ name: 'LDLD-SINHO.tongket', dataBase64: readFileSync(packageOf(unit)).toString('base64') }] });
    expect(lines).toMatchObject([{ outcome: 'accepted' }]);
    expect(await tracker.statusOf('LDLD-SINHO')).toBe('Chưa nhận');
    await e2e.page.evaluate(() => window.fireDataChanged?.());
    await expect.poll(() => tracker.statusOf('LDLD-SINHO')).not.toBe('Chưa nhận');
  });
});
