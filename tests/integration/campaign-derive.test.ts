// SPEC §9 derived campaigns, end to end through the CLI, each unit in its own data folder: the
// confederation issues a campaign to the province; the province derives it for two of its commune
// unions with its own deadlines, opening, cited plan and units (the template kept); both report; the
// province aggregates their packages into its own report on the confederation's campaign and sends the
// upward package, which the confederation imports and tracks.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_ENTRY } from '../../shared/campaign/file-manifest';
import { MANIFEST_ENTRY } from '../../shared/package/manifest';
import { sha256Hex } from '../../electron/services/package/hashing';
import { entriesOf, entryData } from '../fixtures/hostile/base-package';
import { tongket, tongketOk } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp';
import { UNION_CAMPAIGN_ID, unionReportValues, unionSheets, writeUnionWorkbook, confederationSheets, type UnionSheets } from '../helpers/union-campaign';

const tempDir = useTempDirs();
const DERIVED_ID = 'LC-6T-2027';
const COMMUNES = ['CDP-TANPHONG', 'CDP-DOANKET'] as const;

const ok = (args: string[]): string => tongketOk(args);


/** The province's derive workbook: only its own sheets, as SPEC §9 reads them. */
function deriveSheets(): UnionSheets {
  const all = unionSheets();
  return {
    'Đợt báo cáo': [
      ['Mục', 'Giá trị'],
      ['Mã đợt', DERIVED_ID],
      ['Tên đợt', 'Sơ kết công tác công đoàn 6 tháng đầu năm 2027 (tỉnh Lai Châu)'],
      ['Dòng trích yếu', 'Sơ kết công tác công đoàn 6 tháng đầu năm 2027'],
      ['Mở đầu', 'Thực hiện Kế hoạch số 15/KH-LĐLĐ ngày 20/5/2027 của Liên đoàn Lao động tỉnh Lai Châu, {unit} báo cáo như sau:'],
      ['Kết thúc', 'Trên đây là báo cáo của {unit}./.'],
      ['Lần ban hành', 1],
    ],
    'Văn bản căn cứ': [all['Văn bản căn cứ']?.[0] ?? [], ['15/KH-LĐLĐ', '20/05/2027', 'Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu', 'Kế hoạch sơ kết 6 tháng đầu năm 2027']],
    'Thời hạn': [all['Thời hạn']?.[0] ?? [], ['cd-cap-tren', '22/06/2027', '26/06/2027', 'Ban Tổ chức', null, 'LĐLĐ tỉnh (Ban Tổ chức)\nLưu VT']],
    'Đơn vị': [all['Đơn vị']?.[0] ?? [], ...(all['Đơn vị'] ?? []).filter((r) => COMMUNES.includes(r[0] as (typeof COMMUNES)[number]))],
  };
}

interface Issued {
  file: string;
  fingerprint: string;
  units: string[];
}

describe('a derived campaign (CLI)', () => {
  it('goes from the confederation through the province to two communes and back up', async () => {
    const dir = tempDir();
    const tld = join(dir, 'tld');
    const province = join(dir, 'tinh');

    // The confederation issues its campaign to the province.
    ok(['--data', tld, 'setup', '--unit', 'TLD', '--signer', 'Nguyễn Văn Tổng']);
    const confWb = join(dir, 'tld.xlsx');
    await writeUnionWorkbook(confWb, confederationSheets());
    const fromTld = JSON.parse(ok(['--data', tld, '--json', 'campaign', 'issue', confWb, '--out', join(dir, 'tld-gui')])) as Issued;
    expect(fromTld.units).toEqual(['LDLD-LAICHAU']);

    // The province receives it (held until the confederation's fingerprint is confirmed).
    ok(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Văn Tỉnh']);
    expect(ok(['--data', province, 'import', fromTld.file])).toContain('Tạm giữ đợt');
    ok(['--data', province, 'key', 'confirm', 'X', '--fingerprint', fromTld.fingerprint]);

    // A workbook that changes the template is refused by row, and nothing is issued.
    const badWb = join(dir, 'sai.xlsx');
    const bad = deriveSheets();
    bad['Đợt báo cáo'] = [...(bad['Đợt báo cáo'] ?? []), ['Phiên bản mẫu', 2]];
    await writeUnionWorkbook(badWb, bad);
    const refused = tongket(['--data', province, 'campaign', 'derive', UNION_CAMPAIGN_ID, '--workbook', badWb, '--out', join(dir, 'sai')]);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('E_WORKBOOK');

    // Derived for two communes, with the province's own deadlines, opening, plan and units.
    const wb = join(dir, 'dan-xuat.xlsx');
    await writeUnionWorkbook(wb, deriveSheets());
    const out = join(dir, 'tinh-gui');
    const derived = JSON.parse(ok(['--data', province, '--json', 'campaign', 'derive', UNION_CAMPAIGN_ID, '--workbook', wb, '--out', out])) as Issued & { derivedFrom: string };
    expect(derived.units).toEqual([...COMMUNES]);
    expect(readdirSync(out).sort()).toEqual([`${DERIVED_ID}_v1.tongket-campaign`, 'LDLD-LAICHAU.pub']);
    const entries = entriesOf(readFileSync(derived.file));
    const manifest = JSON.parse(entryData(entries, MANIFEST_ENTRY).toString('utf8')) as { derivedFrom: string; templateId: string; templateVersion: number };
    expect(manifest.derivedFrom).toBe(sha256Hex(entryData(entriesOf(readFileSync(fromTld.file)), MANIFEST_ENTRY)));
    const book = JSON.parse(entryData(entries, CAMPAIGN_ENTRY).toString('utf8')) as { campaign: { deadlines: { levelId: string; finish: string }[]; documents: { ref: string }[]; template: unknown } };
    expect(book.campaign.deadlines).toEqual([expect.objectContaining({ levelId: 'cd-cap-tren', finish: '2027-06-22' })]);
    expect(book.campaign.documents.map((d) => d.ref)).toEqual(['15/KH-LĐLĐ']);
    const parentBook = JSON.parse(entryData(entriesOf(readFileSync(fromTld.file)), CAMPAIGN_ENTRY).toString('utf8')) as { campaign: { template: unknown } };
    expect(book.campaign.template).toEqual(parentBook.campaign.template);

    // Both communes start from the derived file and report.
    for (const [i, code] of COMMUNES.entries()) {
      const data = join(dir, code);
      ok(['--data', data, 'setup', '--unit', code, '--campaign', derived.file, '--confirm', derived.fingerprint, '--signer', 'Lò Thị Xã']);
      const shown = JSON.parse(ok(['--data', data, 'draft', 'show', '--json'])) as { campaignId: string; values: Record<string, unknown> };
      expect(shown.campaignId).toBe(DERIVED_ID);
      shown.values = unionReportValues(i + 1);
      writeFileSync(join(dir, `${code}.json`), JSON.stringify(shown));
      ok(['--data', data, 'draft', 'load', join(dir, `${code}.json`)]);
      ok(['--data', data, 'export', '--out', join(dir, `${code}-gui`)]);
      const pkg = readdirSync(join(dir, `${code}-gui`)).find((n) => n.endsWith('.tongket')) as string;
      expect(pkg).toBe(`${code}_${DERIVED_ID}_r1.tongket`);
      const own = (JSON.parse(ok(['--data', data, '--json', 'key', 'list'])) as { keyId: string; fingerprint: string; own: boolean }[]).find((k) => k.own) as { keyId: string; fingerprint: string };
      ok(['--data', province, 'import', join(dir, `${code}-gui`, pkg)]);
      ok(['--data', province, 'key', 'confirm', own.keyId, '--fingerprint', own.fingerprint]);
    }

    // The province's tracker of the derived campaign lists exactly its units; receipts go out on it.
    ok(['--data', province, 'campaign', 'use', DERIVED_ID]);
    const status = JSON.parse(ok(['--data', province, '--json', 'status'])) as { unitCode: string; status: string }[];
    expect(status.map((r) => [r.unitCode, r.status]).sort()).toEqual([
      ['CDP-DOANKET', 'on-time'],
      ['CDP-TANPHONG', 'on-time'],
    ]);
    for (const code of COMMUNES) ok(['--data', province, 'receipt', 'accept', code, '--out', join(dir, 'bien-nhan')]);

    // Its own report answers the confederation's campaign, fed by the derived campaign's packages.
    ok(['--data', province, 'campaign', 'use', UNION_CAMPAIGN_ID]);
    const agg = JSON.parse(ok(['--data', province, '--json', 'province', 'aggregate'])) as { units: { unitCode: string; counted: boolean }[]; totals: Record<string, { value: number | null }> };
    expect(agg.units.filter((u) => u.counted).map((u) => u.unitCode).sort()).toEqual([...COMMUNES].sort());
    expect(agg.totals['s1.doan_vien_moi']?.value).toBe(12 + 24);
    // The province writes its own texts (the numbers come from the aggregation).
    ok(['--data', province, 'province', 'fill']);
    const draft = JSON.parse(ok(['--data', province, 'draft', 'show', '--json'])) as { campaignId: string; values: Record<string, unknown> };
    expect(draft.campaignId).toBe(UNION_CAMPAIGN_ID);
    expect(draft.values['s1.doan_vien_moi']).toBe(36);
    draft.values['s1.tinh_hinh'] = 'Trong 6 tháng đầu năm, các công đoàn phường tập trung phát triển đoàn viên.';
    draft.values['s3.phuong_huong'] = 'Tiếp tục phát triển đoàn viên ở các doanh nghiệp mới.';
    writeFileSync(join(dir, 'tinh.json'), JSON.stringify(draft));
    ok(['--data', province, 'draft', 'load', join(dir, 'tinh.json')]);
    const report = join(dir, 'tinh-bao-cao');
    ok(['--data', province, 'province', 'report', '--out', report]);
    const upward = readdirSync(report).find((n) => n.endsWith('.tongket')) as string;
    expect(upward).toBe(`LDLD-LAICHAU_${UNION_CAMPAIGN_ID}_r1.tongket`);

    // The confederation imports the province's package and tracks it on its campaign.
    const provinceKey = (JSON.parse(ok(['--data', province, '--json', 'key', 'list'])) as { keyId: string; fingerprint: string; own: boolean }[]).find((k) => k.own) as { keyId: string; fingerprint: string };
    ok(['--data', tld, 'campaign', 'use', UNION_CAMPAIGN_ID]);
    ok(['--data', tld, 'import', join(report, upward)]);
    ok(['--data', tld, 'key', 'confirm', provinceKey.keyId, '--fingerprint', provinceKey.fingerprint]);
    const tracked = JSON.parse(ok(['--data', tld, '--json', 'status'])) as { unitCode: string; status: string }[];
    expect(tracked.map((r) => [r.unitCode, r.status])).toEqual([['LDLD-LAICHAU', 'on-time']]);
  }, 1_200_000);
});
