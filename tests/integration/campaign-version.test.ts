// A version-2 template of a known campaign (SPEC §9): one field removed, one added, one rule changed.
// The unit's draft keeps every value whose key still exists and says what was dropped; the province
// imports and aggregates a v1 and a v2 package by field key. Each unit in its own data folder (CLI).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Aggregate } from '../../shared/aggregate/types';
import { tongketOk } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp';
import { UNION_CAMPAIGN_ID, unionReportValues, unionSheets, writeUnionWorkbook, type UnionSheets } from '../helpers/union-campaign';

const tempDir = useTempDirs();

const ok = (args: string[]): string => tongketOk(args);

/** v2: s1.cdcs_moi removed, s1.nghiep_doan added, the rule on new members made a warning. */
function version2(): UnionSheets {
  const base = unionSheets();
  const settings = (base['Đợt báo cáo'] ?? []).map((r) => (r[0] === 'Phiên bản mẫu' ? ['Phiên bản mẫu', 2] : r));
  const fields = (base['Trường'] ?? []).filter((r) => r[1] !== 'cdcs_moi');
  fields.splice(3, 0, [1, 'nghiep_doan', 'số nguyên', 'Nghiệp đoàn thành lập mới', 'nghiệp đoàn', null, null, null, null, null, null, null]);
  const rules = (base['Quy tắc'] ?? []).map((r) => (r[0] === 'moi_le_doan_vien' ? [...r.slice(0, 4), 'cảnh báo', ...r.slice(5)] : r));
  return unionSheets({ 'Đợt báo cáo': settings, Trường: fields, 'Quy tắc': rules });
}

function fillAndExport(dir: string, data: string, code: string, values: Record<string, unknown>): string {
  const shown = JSON.parse(ok(['--data', data, 'draft', 'show', '--json'])) as { values: Record<string, unknown> };
  shown.values = values;
  const file = join(dir, `${code}.json`);
  writeFileSync(file, JSON.stringify(shown));
  ok(['--data', data, 'draft', 'load', file]);
  const out = join(dir, `${code}-gui`);
  ok(['--data', data, 'export', '--out', out]);
  return join(out, readdirSync(out).find((n) => n.endsWith('.tongket')) as string);
}

describe('a new template version of a known campaign', () => {
  it('keeps the draft values that still have a field, lists the dropped ones, and the province adds up v1 and v2', async () => {
    const dir = tempDir();
    const province = join(dir, 'tinh');
    ok(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Văn Tỉnh']);
    const v1 = join(dir, 'v1.xlsx');
    await writeUnionWorkbook(v1);
    const issued1 = JSON.parse(ok(['--data', province, '--json', 'campaign', 'issue', v1, '--out', join(dir, 'gui1')])) as { file: string; fingerprint: string };

    // Unit A answers v1 and sends it; its draft then meets v2.
    const a = join(dir, 'a');
    ok(['--data', a, 'setup', '--unit', 'CDP-TANPHONG', '--campaign', issued1.file, '--confirm', issued1.fingerprint, '--signer', 'Lò Thị A']);
    const pkgA = fillAndExport(dir, a, 'CDP-TANPHONG', unionReportValues(1));

    const v2 = join(dir, 'v2.xlsx');
    await writeUnionWorkbook(v2, version2());
    const issued2 = JSON.parse(ok(['--data', province, '--json', 'campaign', 'issue', v2, '--out', join(dir, 'gui2')])) as { file: string };
    expect(issued2.file.endsWith(`${UNION_CAMPAIGN_ID}_v2.tongket-campaign`)).toBe(true);

    // A second unit's draft in progress at v1, not yet sent, meets v2: kept, with the dropped key named.
    const b = join(dir, 'b');
    ok(['--data', b, 'setup', '--unit', 'CDP-DOANKET', '--campaign', issued1.file, '--confirm', issued1.fingerprint, '--signer', 'Lò Văn B']);
    const shown = JSON.parse(ok(['--data', b, 'draft', 'show', '--json'])) as { values: Record<string, unknown> };
    shown.values = unionReportValues(2);
    writeFileSync(join(dir, 'b.json'), JSON.stringify(shown));
    ok(['--data', b, 'draft', 'load', join(dir, 'b.json')]);
    const imported = ok(['--data', b, 'import', issued2.file]);
    expect(imported).toContain('phiên bản 2');
    expect(imported).toContain('s1.cdcs_moi');
    const after = JSON.parse(ok(['--data', b, 'draft', 'show', '--json'])) as { values: Record<string, unknown>; templateVersion: number };
    const expected: Record<string, unknown> = { ...unionReportValues(2) };
    delete expected['s1.cdcs_moi'];
    expect(after.values).toEqual(expected);
    const list = JSON.parse(ok(['--data', b, '--json', 'campaign', 'list'])) as { id: string; templateVersion: number }[];
    expect(list.find((c) => c.id === UNION_CAMPAIGN_ID)?.templateVersion).toBe(2);
    // The v1 file arriving again is recognised, not applied over v2.
    expect(ok(['--data', b, 'import', issued1.file])).toContain('Đã có');
    after.values['s1.nghiep_doan'] = 3;
    writeFileSync(join(dir, 'b2.json'), JSON.stringify(after));
    ok(['--data', b, 'draft', 'load', join(dir, 'b2.json')]);
    const out = join(dir, 'CDP-DOANKET-gui');
    ok(['--data', b, 'export', '--out', out]);
    const pkgB = join(out, readdirSync(out).find((n) => n.endsWith('.tongket')) as string);

    // The province: a v1 package and a v2 package, both counted by field key.
    ok(['--data', province, 'campaign', 'use', UNION_CAMPAIGN_ID]);
    for (const [pkg, data] of [[pkgA, a], [pkgB, b]] as const) {
      const keys = JSON.parse(ok(['--data', data, '--json', 'key', 'list'])) as { keyId: string; fingerprint: string; own: boolean }[];
      const own = keys.find((k) => k.own) as { keyId: string; fingerprint: string };
      ok(['--data', province, 'import', pkg]);
      ok(['--data', province, 'key', 'confirm', own.keyId, '--fingerprint', own.fingerprint]);
    }
    const agg = JSON.parse(ok(['--data', province, '--json', 'province', 'aggregate', '--received'])) as Aggregate;
    expect(agg.templateVersion).toBe(2);
    const units = new Map(agg.units.map((u) => [u.unitCode, u]));
    expect(units.get('CDP-TANPHONG')?.counted).toBe(true);
    expect(units.get('CDP-DOANKET')?.counted).toBe(true);
    expect(agg.totals['s1.doan_vien_moi']?.value).toBe(12 + 24);
    expect(units.get('CDP-TANPHONG')?.blank).toContainEqual({ key: 's1.nghiep_doan', reason: 'older-template' });
  }, 300_000);
});
