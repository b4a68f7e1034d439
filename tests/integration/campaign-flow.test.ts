// SPEC §9 end to end through the CLI, each unit in its own data folder: a province issues the union
// six-month campaign from a workbook; two new commune unions start from the file (held, then the
// fingerprint confirmed), fill, check and export; the province imports, tracks exactly the expected
// units, accepts and writes its report — while 1563 stays on the same installs.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tongket, tongketOk } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp';
import { UNION_CAMPAIGN_ID, UNION_UNITS, unionReportValues, writeUnionWorkbook } from '../helpers/union-campaign';

const tempDir = useTempDirs();

const ok = (args: string[]): string => tongketOk(args);

interface Listed {
  id: string;
  state: string;
  current: boolean;
  templateVersion: number;
  issuer: string | null;
}

describe('a campaign issued by the province and answered by new units (CLI)', () => {
  it('goes from workbook to the province report, the 1563 campaign untouched', async () => {
    const dir = tempDir();
    const province = join(dir, 'tinh');
    const out = join(dir, 'gui');
    const workbook = join(dir, 'so-ket-6t.xlsx');
    await writeUnionWorkbook(workbook);
    ok(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Văn Tỉnh']);
    const issued = JSON.parse(ok(['--data', province, '--json', 'campaign', 'issue', workbook, '--out', out])) as { file: string; fingerprint: string; units: string[] };
    expect(readdirSync(out).sort()).toEqual([`${UNION_CAMPAIGN_ID}_v1.tongket-campaign`, 'LDLD-LAICHAU.pub']);
    expect(issued.units).toEqual([...UNION_UNITS]);
    // The expected units are in the province's directory now, under it.
    const units = JSON.parse(ok(['--data', province, '--json', 'units', 'list'])) as { units: { code: string; parentCode: string | null }[] };
    for (const code of UNION_UNITS) expect(units.units.find((u) => u.code === code)?.parentCode).toBe('LDLD-LAICHAU');

    const communes = ['CDP-TANPHONG', 'CDP-DOANKET'] as const;
    for (const [i, code] of communes.entries()) {
      const data = join(dir, code);
      // First sight: held until the fingerprint is confirmed.
      const held = tongket(['--data', data, 'setup', '--unit', code, '--campaign', issued.file, '--signer', 'Lò Thị Xã']);
      expect(held.code).toBe(0);
      expect(held.stdout).toContain(`Tạm giữ đợt`);
      expect(held.stdout).toContain(issued.fingerprint);
      const before = JSON.parse(ok(['--data', data, '--json', 'campaign', 'list'])) as Listed[];
      expect(before.find((c) => c.id === UNION_CAMPAIGN_ID)?.state).toBe('held');
      expect(tongket(['--data', data, 'campaign', 'use', UNION_CAMPAIGN_ID]).code).toBe(1);
      // A wrong fingerprint changes nothing; the right one releases the campaign.
      expect(tongket(['--data', data, 'key', 'confirm', 'X', '--fingerprint', '0000-0000-0000-0000']).code).not.toBe(0);
      ok(['--data', data, 'key', 'confirm', 'X', '--fingerprint', issued.fingerprint]);
      ok(['--data', data, 'campaign', 'use', UNION_CAMPAIGN_ID]);
      const list = JSON.parse(ok(['--data', data, '--json', 'campaign', 'list'])) as Listed[];
      expect(list.map((c) => [c.id, c.state, c.current, c.issuer])).toEqual(
        expect.arrayContaining([
          [UNION_CAMPAIGN_ID, 'active', true, 'LDLD-LAICHAU'],
          ['1563-TK-2023', 'past', false, null],
        ]),
      );
      const shown = JSON.parse(ok(['--data', data, 'draft', 'show', '--json'])) as { values: Record<string, unknown>; campaignId: string; explanations: Record<string, string> };
      expect(shown.campaignId).toBe(UNION_CAMPAIGN_ID);
      shown.values = unionReportValues(i + 1);
      const file = join(dir, `${code}.json`);
      writeFileSync(file, JSON.stringify(shown));
      ok(['--data', data, 'draft', 'load', file]);
      ok(['--data', data, 'draft', 'check']);
      ok(['--data', data, 'export', '--out', join(dir, `${code}-gui`)]);
      // 1563 still works on the same install.
      ok(['--data', data, 'campaign', 'use', '1563-TK-2023']);
      expect((JSON.parse(ok(['--data', data, 'draft', 'show', '--json'])) as { campaignId: string }).campaignId).toBe('1563-TK-2023');
    }

    // The province: the units' keys registered from their packages' first sight, then imported.
    ok(['--data', province, 'campaign', 'use', UNION_CAMPAIGN_ID]);
    for (const code of communes) {
      const files = readdirSync(join(dir, `${code}-gui`)).filter((n) => n.endsWith('.tongket'));
      expect(files).toEqual([`${code}_${UNION_CAMPAIGN_ID}_r1.tongket`]);
      const keys = JSON.parse(ok(['--data', join(dir, code), '--json', 'key', 'list'])) as { keyId: string; fingerprint: string; own: boolean }[];
      const own = keys.find((k) => k.own) as { keyId: string; fingerprint: string };
      // First sight of the unit's key at the province: held, then confirmed by its fingerprint.
      expect(ok(['--data', province, 'import', join(dir, `${code}-gui`, files[0] as string)])).toContain(own.fingerprint);
      ok(['--data', province, 'key', 'confirm', own.keyId, '--fingerprint', own.fingerprint]);
    }
    const status = JSON.parse(ok(['--data', province, '--json', 'status'])) as { unitCode: string; status: string }[];
    expect(status.map((r) => [r.unitCode, r.status]).sort()).toEqual([
      ['CDP-DOANKET', 'on-time'],
      ['CDP-TANPHONG', 'on-time'],
      ['CDX-BINHLU', 'missing'],
    ]);
    for (const code of communes) ok(['--data', province, 'receipt', 'accept', code, '--out', join(dir, 'bien-nhan')]);
    // The province's own report: numbers from the aggregation, its texts written before export.
    ok(['--data', province, 'province', 'fill']);
    const draft = JSON.parse(ok(['--data', province, 'draft', 'show', '--json'])) as { campaignId: string; values: Record<string, unknown> };
    expect(draft.campaignId).toBe(UNION_CAMPAIGN_ID);
    draft.values['s1.tinh_hinh'] = 'Trong 6 tháng đầu năm, các công đoàn phường tập trung phát triển đoàn viên.';
    draft.values['s3.phuong_huong'] = 'Tiếp tục phát triển đoàn viên ở các doanh nghiệp mới.';
    writeFileSync(join(dir, 'tinh.json'), JSON.stringify(draft));
    ok(['--data', province, 'draft', 'load', join(dir, 'tinh.json')]);
    ok(['--data', province, 'province', 'report', '--out', join(dir, 'tinh-bao-cao')]);
    // The upward package answers this campaign and verifies (its signature, entries and the units' package hashes).
    const upward = `LDLD-LAICHAU_${UNION_CAMPAIGN_ID}_r1.tongket`;
    expect(readdirSync(join(dir, 'tinh-bao-cao'))).toContain(upward);
    expect(ok(['--data', province, 'verify', join(dir, 'tinh-bao-cao', upward)])).toContain('Gói hợp lệ');
    // 1563 at the province: its tracker is still the directory's children (the built-in campaign lists no units).
    ok(['--data', province, 'campaign', 'use', '1563-TK-2023']);
    const old = JSON.parse(ok(['--data', province, '--json', 'status'])) as { unitCode: string }[];
    expect(old.map((r) => r.unitCode)).toContain('LDLD-TAMDUONG');
    expect(existsSync(issued.file)).toBe(true);
  }, 400_000);
});
