// Province import budget: 1,000 distinct packages into an empty province in ≤ 10 s on this 2-core
// machine, and at most 4× a bare baseline that only reads, hashes and verifies the same files. Then,
// over that full province (no budget in the SPEC, reported): a backup, a move file, and restoring the
// move file on a new computer from its bytes, as the window does.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppServices } from '../../electron/services/app-services';
import { renderReportDocuments } from '../../electron/services/documents/index';
import { collectPaths } from '../../electron/services/inbox/collect-files';
import { importFiles } from '../../electron/services/inbox/import-files';
import { sha256Hex } from '../../electron/services/package/hashing';
import { verifyPackage } from '../../electron/services/package/verify-package';
import { buildPackage } from '../../electron/services/package/write-package';
import { generateSecretKey } from '../../electron/services/signing/key-store';
import { passphraseProtector } from '../../electron/services/signing/passphrase-protector';
import type { PublicKey, SecretKey } from '../../electron/services/signing/minisign';
import { keyIdHex } from '../../electron/services/signing/minisign';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { DRAFT_FORMAT } from '../../shared/report/draft-file';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';

const COUNT = 1000;
const root = mkdtempSync(join(tmpdir(), 'tongket-bench-import-'));
const folder = join(root, 'packages');
mkdirSync(folder);
const host = { appVersion: 'bench', secrets: async () => passphraseProtector('mật khẩu bench'), chooseExportDir: async () => root };
const services = openAppServices({ dataDir: join(root, 'province'), create: true, host });

try {
  const { api, ctx } = services;
  const sample = readFixture(GOOD_SAMPLE);
  const profile = await api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện' });
  const documents = await renderReportDocuments({ campaign: campaign1563, profile, values: sample.values, explanations: sample.explanations, issuedOn: '2023-05-19' });

  // 1,000 units under the province, each with its own registered key and one package.
  const t0 = performance.now();
  const keys = new Map<string, { publicKey: PublicKey; unitCode: string }>();
  for (let i = 0; i < COUNT; i++) {
    const code = `CD-BENCH-${String(i).padStart(4, '0')}`;
    await api.addUnit({ code, name: `Công đoàn thử ${i}`, shortName: `CĐ thử ${i}`, levelId: 'cd-cap-tren', parentCode: 'LDLD-LAICHAU', place: 'Lai Châu' });
    const secret: SecretKey = generateSecretKey();
    ctx.keys.registerForeign(code, secret, new Date().toISOString());
    keys.set(keyIdHex(secret.keyId), { publicKey: secret, unitCode: code });
    const built = await buildPackage({
      unit: { code, name: `Công đoàn thử ${i}`, level: 'cd-cap-tren' },
      campaignId: campaign1563.id,
      templateId: campaign1563.template.id,
      templateVersion: campaign1563.template.version,
      revision: 1,
      supersedes: null,
      reason: null,
      createdAt: new Date('2023-05-19T03:00:00Z'),
      appVersion: 'bench',
      signer: { name: 'Người Ký', title: 'CHỦ TỊCH' },
      summary: { errors: 0 },
      report: { ...sample, format: DRAFT_FORMAT, unitCode: code },
      documents,
      secret,
    });
    writeFileSync(join(folder, built.fileName), built.bytes);
  }
  console.log(`(chuẩn bị ${COUNT} gói: ${((performance.now() - t0) / 1000).toFixed(1)} s, mỗi gói ${Math.round(readFileSync(join(folder, readdirSync(folder)[0] as string)).length / 1024)} KB)`);

  // Baseline: read, hash and verify the same files, writing nothing.
  const b0 = performance.now();
  for (const name of readdirSync(folder).sort()) {
    const bytes = readFileSync(join(folder, name));
    sha256Hex(bytes);
    await verifyPackage(bytes, { lookupKey: (id) => keys.get(id) ?? null, lookupCampaign: () => campaign1563 });
  }
  const baseline = (performance.now() - b0) / 1000;

  const i0 = performance.now();
  const { files } = await collectPaths([folder], new Date());
  const lines = await importFiles(ctx, files);
  const imported = (performance.now() - i0) / 1000;
  const accepted = lines.filter((l) => l.outcome === 'accepted').length;
  if (accepted !== COUNT) throw new Error(`chỉ nhận ${accepted}/${COUNT} gói: ${JSON.stringify(lines.find((l) => l.outcome !== 'accepted'))}`);

  const ratio = imported / baseline;
  console.log(`Nhập ${COUNT} gói vào tỉnh trống                 ${imported.toFixed(2)} s  ${imported <= 10 ? '✓' : '✗ VƯỢT'} (mục tiêu ≤ 10 s)`);
  console.log(`Đường cơ sở (đọc, băm, kiểm tra chữ ký)       ${baseline.toFixed(2)} s`);
  console.log(`Tỷ lệ nhập / cơ sở                            ${ratio.toFixed(2)}×  ${ratio <= 4 ? '✓' : '✗ VƯỢT'} (mục tiêu ≤ 4×)`);

  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const start = performance.now();
    const value = await work();
    return [value, (performance.now() - start) / 1000];
  };
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
  const [backup, backupS] = await timed(() => api.createBackup({}));
  console.log(`Sao lưu tỉnh ${COUNT} gói (kiểm tra toàn vẹn)     ${backupS.toFixed(2)} s, ${mb(backup.size)}`);
  const [move, moveS] = await timed(() => api.createMoveBackup({ passphrase: 'chuyển máy bench' }));
  console.log(`Bản chuyển máy                                ${moveS.toFixed(2)} s, ${mb(move.size)}`);
  const newComputer = openAppServices({ dataDir: join(root, 'may-moi'), create: true, host });
  try {
    const [, restoreS] = await timed(() => newComputer.api.restoreUploadedBackup({ name: move.name, dataBase64: readFileSync(move.file).toString('base64') }));
    const [, adoptS] = await timed(() => newComputer.api.adoptSigningKey({ passphrase: 'chuyển máy bench' }));
    console.log(`Khôi phục bản chuyển máy ở máy mới            ${restoreS.toFixed(2)} s; mở khóa ${adoptS.toFixed(2)} s`);
  } finally {
    newComputer.close();
  }
} finally {
  services.close();
  rmSync(root, { recursive: true, force: true });
}
