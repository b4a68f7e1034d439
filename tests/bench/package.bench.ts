// Package budgets: a warm export of the sample report (documents + signed package + database + three
// files written and flushed; target ≤ 1.5 s), the package's size without attachments (target ≤ 150 KB),
// and how many packages per second verifyPackage checks (the province imports dozens at once).
// Run: npx tsx tests/bench/package.bench.ts   (BENCH_RUNS=n for more exports)
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppServices } from '../../electron/services/app-services';
import { verifyPackage } from '../../electron/services/package/verify-package';
import { passphraseProtector } from '../../electron/services/signing/passphrase-protector';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { formatNumber } from '../../shared/format/vi';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { report } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const EXPORT_TARGET_MS = 1500;
const SIZE_TARGET = 150 * 1024;
const VERIFY_SECONDS = 3;

const dir = mkdtempSync(join(tmpdir(), 'tongket-bench-'));
const out = join(dir, 'out');
mkdirSync(out);
const services = openAppServices({
  dataDir: join(dir, 'data'),
  create: true,
  host: { appVersion: '0.1.0', secrets: async () => passphraseProtector(TEST_PASSPHRASE), chooseExportDir: async () => out },
});
try {
  const { api, ctx } = services;
  await api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Minh' });
  await api.loadDraft({ draft: readFixture(GOOD_SAMPLE) });

  const t0 = performance.now();
  const first = await api.exportPackage({});
  console.log(`Xuất lần đầu (nguội, gồm nạp thư viện tài liệu): ${formatNumber(performance.now() - t0, 0)} ms`);

  // Warm: each run is a new revision (reason + one changed field), so everything is built again.
  const exports: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await api.startRevision({ reason: `Sửa số liệu lần ${i + 1}` });
    await api.saveField({ key: 's5.courses', value: 20 + i });
    const t = performance.now();
    await api.exportPackage({});
    exports.push(performance.now() - t);
  }
  report(`Xuất báo cáo mẫu (ấm, ${RUNS} lần sửa đổi)`, exports, EXPORT_TARGET_MS);

  const size = first.packageSize;
  const verdict = size <= SIZE_TARGET ? '✓' : '✗ VƯỢT';
  console.log(`${'Dung lượng gói (không đính kèm)'.padEnd(44)} ${formatNumber(size / 1024, 1)} KB  ${verdict} (mục tiêu ≤ ${SIZE_TARGET / 1024} KB)`);
  for (const f of first.files) console.log(`  ${f.name}: ${formatNumber(f.size / 1024, 1)} KB`);

  // Verification as an import does it: registered key, report values checked against the template.
  const bytes = ctx.exports.forReport(1)?.package;
  if (!bytes) throw new Error('no stored export');
  const options = { lookupKey: (id: string) => ctx.keys.lookup(id), lookupCampaign: () => campaign1563 };
  await verifyPackage(bytes, options);
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < VERIFY_SECONDS * 1000) {
    const t = performance.now();
    await verifyPackage(bytes, options);
    times.push(performance.now() - t);
  }
  report('Kiểm tra một gói (verifyPackage)', times);
  console.log(`${'Thông lượng kiểm tra'.padEnd(44)} ${formatNumber(times.length / ((performance.now() - start) / 1000), 0)} gói/giây`);
} finally {
  services.close();
  rmSync(dir, { recursive: true, force: true });
}
