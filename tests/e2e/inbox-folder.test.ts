// A province imports a whole folder from the window (e.g. the folder where the e-mail program saves
// attachments), as `tongket import <folder>` does: the folder's own files, one result line each; the
// files of folders inside it are left alone.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp';
import { makeUnit, packageOf } from '../helpers/unit-package';
import { useE2E } from './support/session';
import { InboxPage } from './pages/inbox-page';

describe('importing a folder in the window', () => {
  const e2e = useE2E({ passphrase: TEST_PASSPHRASE });
  const tempDir = useTempDirs();

  it('imports the files of the chosen folder, one line each, and not those of its subfolders', async () => {
    const root = tempDir();
    const tam = makeUnit(root, 'LDLD-TAMDUONG');
    const sin = makeUnit(root, 'LDLD-SINHO');
    const folder = join(root, 'tep-dinh-kem');
    mkdirSync(join(folder, 'cu'), { recursive: true });
    copyFileSync(packageOf(tam), join(folder, 'LDLD-TAMDUONG_1563-TK-2023_r1.tongket'));
    copyFileSync(packageOf(sin), join(folder, 'LDLD-SINHO_1563-TK-2023_r1.tongket'));
    writeFileSync(join(folder, 'ghi-chu.docx'), 'không phải gói');
    copyFileSync(packageOf(sin), join(folder, 'cu', 'LDLD-SINHO-ban-cu.tongket'));

    const { api } = e2e.host.services;
    await api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện' });
    await api.registerKey({ publicKeyText: readFileSync(tam.pubFile, 'utf8'), fingerprint: tam.fingerprint });

    const inbox = new InboxPage(e2e.page);
    await inbox.open(e2e.host.url);
    await inbox.openFromNav();
    await inbox.importFolder(folder, 3);
    expect(await inbox.outcomeOf('LDLD-TAMDUONG_1563-TK-2023_r1.tongket')).toBe('accepted');
    expect(await inbox.outcomeOf('LDLD-SINHO_1563-TK-2023_r1.tongket')).toBe('held');
    expect(await inbox.outcomeOf('ghi-chu.docx')).toBe('skipped');
    expect(await inbox.result('ban-cu').count()).toBe(0);
    expect((await api.getTracker({})).find((r) => r.unitCode === 'LDLD-TAMDUONG')).toMatchObject({ revision: 1 });
  });
});
