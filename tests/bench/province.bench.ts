// Province synthesis budgets: adding up 1,000 units ≤ 200 ms (the pure aggregate, and the same read
// from a province database with 1,000 received packages), and rendering the province's report and
// consolidated workbook for 100 units ≤ 3 s. Run alone: npx tsx tests/bench/province.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppServices } from '../../electron/services/app-services';
import { renderDocx, renderXlsx } from '../../electron/services/documents/index';
import { loadProvinceData } from '../../electron/services/province/province-data';
import { aggregate, planPrefill, type Candidate, type UnitReport } from '../../shared/aggregate/index';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { buildProvinceDocument } from '../../shared/documents/province/build';
import { DRAFT_FORMAT } from '../../shared/report/draft-file';
import type { Profile } from '../../shared/api/contract';
import { explanationsFor, variedValues } from '../helpers/province-sample';
import { report } from './stats';

const template = campaign1563.template;
// A handful of distinct variants repeated: what matters is the number of units, not their variety.
const VARIANTS = Array.from({ length: 12 }, (_, i) => {
  const values = variedValues(i);
  return { values, explanations: explanationsFor(values) };
});
const code = (i: number): string => `CD-BENCH-${String(i).padStart(4, '0')}`;

function world(count: number) {
  const expected = Array.from({ length: count }, (_, i) => ({ code: code(i), name: `Công đoàn thử ${i}` }));
  const reports = new Map<number, UnitReport>();
  const candidates: Candidate[] = expected.map((u, i) => {
    const v = VARIANTS[i % VARIANTS.length] as (typeof VARIANTS)[number];
    reports.set(i, { templateId: template.id, templateVersion: template.version, values: v.values, explanations: v.explanations });
    return {
      inboxId: i,
      unitCode: u.code,
      revision: 1,
      manifestSha256: i.toString(16).padStart(64, '0'),
      packageSha256: (i + 1e6).toString(16).padStart(64, '0'),
      state: 'current',
      review: 'accepted',
      receivedAt: '2023-05-21T02:00:00.000Z',
    };
  });
  return { template, basis: 'accepted' as const, expected, candidates, reportOf: (id: number) => reports.get(id) ?? null };
}

async function time(runs: number, fn: () => unknown): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

// 1. The pure aggregate over 1,000 units.
const big = world(1000);
const agg = aggregate(big);
console.log(`1.000 đơn vị: ${agg.counts.counted} được tính, ${agg.flags.length} số liệu cần xem lại`);
report('Tổng hợp 1.000 đơn vị (thuần)', await time(20, () => aggregate(big)), 200);

// 2. The same from a province database: inbox rows, reviews, report data parsed from JSON.
const root = mkdtempSync(join(tmpdir(), 'tongket-bench-province-'));
const services = openAppServices({ dataDir: join(root, 'province'), create: true });
try {
  const { api, ctx } = services;
  await api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện' });
  const now = '2023-05-21T02:00:00.000Z';
  const unitQ = ctx.db.prepare(`INSERT INTO units (code, name, short_name, level_id, parent_code, place, created_at, updated_at) VALUES (?, ?, ?, 'cd-cap-tren', 'LDLD-LAICHAU', 'Lai Châu', ?, ?)`);
  ctx.db.transaction(() => {
    for (const c of big.candidates) {
      const v = big.reportOf(c.inboxId) as UnitReport;
      unitQ.run(c.unitCode, `Công đoàn thử ${c.inboxId}`, `CĐ thử ${c.inboxId}`, now, now);
      const id = ctx.inbox.insert({
        campaignId: campaign1563.id,
        unitCode: c.unitCode,
        revision: 1,
        manifestSha256: c.manifestSha256,
        packageSha256: c.packageSha256,
        keyId: '0000000000000000',
        fingerprint: '0000-0000-0000-0000',
        signerName: 'Người Ký',
        signerTitle: 'CHỦ TỊCH',
        createdAt: now,
        receivedAt: now,
        receivedBasis: 'import',
        source: 'bench',
        state: 'current',
        manifestJson: '{}',
        reportJson: JSON.stringify({ format: DRAFT_FORMAT, campaignId: campaign1563.id, templateId: template.id, templateVersion: 1, unitCode: c.unitCode, revision: 1, values: v.values, explanations: v.explanations }),
        package: Buffer.alloc(64 * 1024),
        importedAt: now,
      });
      ctx.inbox.addReview({ inboxId: id, decision: 'accepted', comment: '', fieldsJson: '[]', receiptName: 'r', receiptSha256: c.manifestSha256, decidedAt: now });
    }
  })();
  const fromDb = loadProvinceData(ctx, 'accepted').aggregate;
  if (fromDb.counts.counted !== 1000) throw new Error(`expected 1.000 counted, got ${fromDb.counts.counted}`);
  report('Tổng hợp 1.000 đơn vị (từ cơ sở dữ liệu)', await time(10, () => loadProvinceData(ctx, 'accepted')), 200);
} finally {
  services.close();
  rmSync(root, { recursive: true, force: true });
}

// 3. The province's report and workbook for 100 units.
const small = world(100);
const agg100 = aggregate(small);
const values: Record<string, unknown> = {};
for (const c of planPrefill(agg100.totals, {}, () => null, false).changes) values[c.key] = c.next;
const laichau = { code: 'LDLD-LAICHAU', name: 'Liên đoàn Lao động tỉnh Lai Châu', shortName: 'LĐLĐ tỉnh Lai Châu', levelId: 'ldld-tinh', parentCode: 'TLD', place: 'Lai Châu' };
const profile: Profile = {
  unit: laichau,
  parent: { code: 'TLD', name: 'Tổng Liên đoàn Lao động Việt Nam', shortName: 'Tổng LĐLĐ Việt Nam', levelId: 'tong-ldld', parentCode: null, place: 'Hà Nội' },
  signerName: 'Nguyễn Thị Thiện',
  signerTitle: 'CHỦ TỊCH',
  authorityLine: 'TM. BAN THƯỜNG VỤ',
  documentNumber: '112',
  documentSymbol: 'BC-LĐLĐ',
  place: 'Lai Châu',
  campaignId: campaign1563.id,
  createdAt: '2023-05-10T00:00:00.000Z',
  updatedAt: '2023-05-10T00:00:00.000Z',
};
const input = { campaign: campaign1563, profile, values, explanations: {}, issuedOn: '2023-05-24', aggregate: agg100 };
const model = buildProvinceDocument(input);
const [docx, xlsx] = await Promise.all([renderDocx(model), renderXlsx(model)]);
console.log(`100 đơn vị: DOCX ${Math.round(docx.length / 1024)} KB, XLSX ${Math.round(xlsx.length / 1024)} KB`);
report('Dựng mô hình báo cáo tỉnh (100 đơn vị)', await time(10, () => buildProvinceDocument(input)));
report('Báo cáo tỉnh DOCX + XLSX (100 đơn vị)', await time(10, () => Promise.all([renderDocx(buildProvinceDocument(input)), renderXlsx(buildProvinceDocument(input))])), 3000);
