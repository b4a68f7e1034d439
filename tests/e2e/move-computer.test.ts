// Moving to a new computer in the app, as two offices' PCs: the old one makes a move file from Settings,
// the new one restores it on its first run and unlocks the key with the move passphrase; the province
// (the real CLI) recognises the same key in the next revision. Each "computer" protects its key its
// own way (here two different passphrases, as two keychains would differ).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportLine } from '../../shared/api/inbox-types';
import { tongket } from '../helpers/cli';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { useTempDirs } from '../helpers/temp';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/artifacts';
import { startTestHost } from './support/host';
import { useE2E } from './support/session';
import { BackupPanelModel, KeyMoveModel, MoveHereModel } from './pages/settings-page';

const UNIT = 'LDLD-TAMDUONG';
const MOVE = 'chuyển máy tháng 5';

const cli = (args: string[]) => {
  const r = tongket(args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

describe('moving to a new computer in the app', () => {
  const e2e = useE2E({ passphrase: 'mật khẩu máy cũ' });
  const tempDir = useTempDirs();

  it('makes a move file on the old computer, restores it on the new one, and the province recognises the key', async () => {
    // The old computer: a report sent, its key registered by the province.
    const old = e2e.host.services.api;
    await old.saveProfile({ unitCode: UNIT, signerName: 'Lò Văn Pình', documentNumber: '25' });
    await old.loadDraft({ draft: { ...readFixture(GOOD_SAMPLE), unitCode: UNIT } });
    const r1 = await old.exportPackage({});
    const pub = await old.exportPublicKey({});
    const province = join(tempDir(), 'province');
    cli(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Thị Thiện']);
    cli(['--data', province, 'key', 'register', pub.path, '--confirm', pub.fingerprint]);
    cli(['--data', province, 'import', join(r1.folder, r1.packageFile)]);

    const settings = new KeyMoveModel(e2e.page);
    await settings.open(e2e.host.url);
    await settings.nav('Cài đặt').click();
    expect(await settings.keyPanel.getByTestId('key-state').textContent()).toBe('Khóa ký dùng được trên máy này.');
    expect(await settings.createMoveFile(MOVE, 'chuyển máy tháng 6')).toBe('Hai lần nhập mật khẩu không giống nhau.');
    expect(await settings.createMoveFile('ngắn')).toBe('Mật khẩu chuyển máy phải có ít nhất 8 ký tự.');
    const made = await settings.createMoveFile(MOVE);
    expect(made).toContain('Đã tạo bản chuyển máy');
    expect(made).toContain(pub.fingerprint);
    const moveFile = /tại (\S+\.sqlite)\./.exec(made)?.[1] ?? '';
    expect(existsSync(moveFile)).toBe(true);
    await screenshot(e2e.page, 'move-old-computer');

    // The new computer: its own protection, a first run, the file brought on a USB stick.
    const fresh = await startTestHost({ passphrase: 'mật khẩu máy mới' });
    try {
      const page = await e2e.newPage();
      const first = new MoveHereModel(page);
      await first.open(fresh.url);
      expect(await first.heading.textContent()).toBe('Thiết lập ban đầu');
      await first.restoreFile(moveFile);
      // The app opens on the restored unit, and says at once that the key needs the move passphrase.
      const attention = page.getByTestId('key-attention');
      await attention.waitFor();
      expect(await attention.textContent()).toContain('mật khẩu chuyển máy');
      expect(await page.locator('.lead').first().textContent()).toContain('Tam Đường');

      await attention.getByRole('link').click();
      const keys = new KeyMoveModel(page);
      await keys.keyPanel.getByLabel('Mật khẩu chuyển máy').waitFor();
      expect(await keys.keyPanel.textContent()).toContain(pub.fingerprint);
      expect(await keys.unlockKey('sai mật khẩu')).toContain('Sai mật khẩu');
      expect(await keys.unlockKey(MOVE)).toBeNull();
      expect(await keys.keyPanel.getByRole('status').textContent()).toContain(`dấu vân tay vẫn là ${pub.fingerprint}`);
      expect(await keys.keyPanel.getByTestId('key-state').textContent()).toBe('Khóa ký dùng được trên máy này.');
      await screenshot(page, 'move-new-computer');
      expect(await seriousViolations(page)).toEqual([]);

      // The next revision, signed on the new computer, is the same unit's with the same key.
      const api = fresh.services.api;
      await api.startRevision({ reason: 'Làm tiếp trên máy mới, bổ sung số liệu' });
      await api.saveField({ key: 's5.courses', value: 15 });
      const r2 = await api.exportPackage({});
      const lines = JSON.parse(cli(['--data', province, '--json', 'import', join(r2.folder, r2.packageFile)])) as ImportLine[];
      expect(lines).toMatchObject([{ outcome: 'superseded', revision: 2, previousRevision: 1, fingerprint: pub.fingerprint }]);
    } finally {
      await fresh.stop();
    }
  });

  it('offers a new key when the moved key cannot be opened, and writes its public key for the province', async () => {
    const old = e2e.host.services.api;
    await old.saveProfile({ unitCode: UNIT, signerName: 'Lò Văn Pình' });
    const before = await old.getSigningKey({});
    const plain = await old.createBackup({});

    // Another computer with another protection; the move passphrase was forgotten.
    const fresh = await startTestHost({ passphrase: 'mật khẩu máy mới' });
    try {
      await fresh.services.api.restoreUploadedBackup({ name: plain.name, dataBase64: readFileSync(plain.file).toString('base64') });
      const page = await e2e.newPage();
      const keys = new KeyMoveModel(page);
      await keys.open(fresh.url);
      await keys.nav('Cài đặt').click();
      await keys.keyPanel.getByRole('button', { name: 'Tạo khóa ký mới' }).click();
      const dialog = page.getByRole('dialog', { name: 'Tạo khóa ký mới?' });
      expect(await dialog.textContent()).toContain(before?.fingerprint ?? '?');
      await dialog.getByRole('button', { name: 'Tạo khóa ký mới' }).click();
      expect(await keys.dialogOutcome()).toBeNull();
      const after = await fresh.services.api.getSigningKey({});
      expect(after).toMatchObject({ state: 'ready' });
      expect(after?.fingerprint).not.toBe(before?.fingerprint);
      expect(await keys.keyPanel.getByRole('status').textContent()).toContain(`dấu vân tay ${after?.fingerprint ?? '?'}`);

      await keys.keyPanel.getByRole('button', { name: 'Xuất tệp khóa công khai' }).click();
      await keys.keyPanel.getByRole('status').getByText('Đã ghi tệp khóa công khai').waitFor();
      const pubFile = join(fresh.exportsDir, `${UNIT}.pub`);
      expect(readFileSync(pubFile, 'utf8')).toContain(UNIT);
      await screenshot(page, 'new-key');
    } finally {
      await fresh.stop();
    }
  });

  it('refuses a chosen file that is not a backup, in Settings, and the data stays', async () => {
    const { api } = e2e.host.services;
    await api.saveProfile({ unitCode: UNIT, signerName: 'Lò Văn Pình' });
    await api.saveField({ key: 's5.courses', value: 7 });
    const bad = join(tempDir(), 'bao-cao.sqlite');
    writeFileSync(bad, 'đây không phải bản sao lưu');
    const settings = new BackupPanelModel(e2e.page);
    await settings.open(e2e.host.url);
    await settings.nav('Cài đặt').click();
    await settings.panel.getByLabel('Chọn tệp sao lưu').setInputFiles(bad);
    expect(await settings.panel.locator('.confirm').textContent()).toContain('bao-cao.sqlite');
    await settings.panel.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    const refusal = settings.panel.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Tệp «bao-cao.sqlite» không phải là bản sao lưu TongKet');
    expect((await api.getDraft({})).values['s5.courses']).toBe(7);
  });
});
