// Temporary files of writes cut off half-way are tidied: beside an export when the same file is written
// again, and in the data and backup folders when the app opens. Only stale ones: a temporary file
// younger than an hour may belong to a write still running in another process.
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { backupDir } from '../../electron/services/backup/backup';
import { writeFileAtomic } from '../../electron/services/fs/atomic-write';
import { computerHooks } from '../helpers/device-protector';
import { useTempDirs } from '../helpers/temp';

const tempDir = useTempDirs();

function leftover(dir: string, name: string, ageMs: number): string {
  const file = join(dir, name);
  writeFileSync(file, 'một nửa');
  const at = (Date.now() - ageMs) / 1000;
  utimesSync(file, at, at);
  return name;
}

const HOURS = 60 * 60 * 1000;

describe('leftovers of cut-off writes', () => {
  it('removes the stale temporary files of the file being written again, and nothing else', () => {
    const dir = tempDir();
    const stale = leftover(dir, '.LDLD-SINHO_1563-TK-2023_r1.tongket.4242.1684460000000.part', 2 * HOURS);
    const running = leftover(dir, '.LDLD-SINHO_1563-TK-2023_r1.tongket.4343.1684460000001.part', 60_000);
    const other = leftover(dir, '.LDLD-SINHO_1563-TK-2023_r1.docx.4242.1684460000000.part', 2 * HOURS);
    writeFileAtomic(join(dir, 'LDLD-SINHO_1563-TK-2023_r1.tongket'), Buffer.from('gói'));
    const names = readdirSync(dir);
    expect(names).not.toContain(stale);
    expect(names).toEqual(expect.arrayContaining([running, other, 'LDLD-SINHO_1563-TK-2023_r1.tongket']));
  });

  it('removes a stale move file beside a new one (a USB stick pulled out half-way last time)', async () => {
    const dir = tempDir();
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const services = openAppServices({ dataDir: join(dir, 'data'), create: true, host: computerHooks(usb) });
    try {
      await services.api.saveProfile({ unitCode: 'LDLD-SINHO', signerName: 'Lò Văn Minh' });
      const stale = leftover(usb, 'tongket-chuyen-may-LDLD-SINHO-20230518-023000.sqlite.part', 2 * HOURS);
      const notOurs = leftover(usb, 'anh-chup.jpg.part', 2 * HOURS);
      const made = await services.api.createMoveBackup({ passphrase: 'chuyển máy tháng 5' });
      expect(readdirSync(usb).sort()).toEqual([notOurs, made.name].sort());
      expect(readdirSync(usb)).not.toContain(stale);
    } finally {
      services.close();
    }
  });

  it('removes stale temporary backups and restores when the app opens', async () => {
    const dir = tempDir();
    const first = openAppServices({ dataDir: dir, create: true });
    await first.api.saveProfile({ unitCode: 'LDLD-SINHO', signerName: 'Lò Văn Minh' });
    first.close();
    mkdirSync(backupDir(dir), { recursive: true });
    const staleBackup = leftover(backupDir(dir), 'tongket-20230519-023000-thu-cong.sqlite.part', 3 * HOURS);
    const freshBackup = leftover(backupDir(dir), 'tongket-20230519-033000-thu-cong.sqlite.part', 1000);
    const staleRestore = leftover(dir, 'tongket.sqlite.khoi-phuc.part', 3 * HOURS);
    const again = openAppServices({ dataDir: dir });
    try {
      expect(existsSync(join(backupDir(dir), staleBackup))).toBe(false);
      expect(existsSync(join(dir, staleRestore))).toBe(false);
      expect(existsSync(join(backupDir(dir), freshBackup))).toBe(true);
      expect((await again.api.getProfile({}))?.unit.code).toBe('LDLD-SINHO');
    } finally {
      again.close();
    }
  });
});
