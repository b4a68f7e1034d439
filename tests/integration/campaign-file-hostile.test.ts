// Bad campaign files at a unit (SPEC §9): refused with their code, the database exactly as before.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/services/data-dir';
import { entriesOf, entryData, withEntry } from '../fixtures/hostile/base-package';
import { craftZip } from '../fixtures/hostile/zip-craft';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { tongket, tongketOk } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp';
import { UNION_CAMPAIGN_ID, unionSheets, writeUnionWorkbook } from '../helpers/union-campaign';

const tempDir = useTempDirs();

const ok = (args: string[]): string => tongketOk(args);

describe('bad campaign files', () => {
  it('refuses a tampered file, one from a unit that is not the parent, and a rename of a known unit; nothing changes', async () => {
    const dir = tempDir();
    const province = join(dir, 'tinh');
    const workbook = join(dir, 'dot.xlsx');
    await writeUnionWorkbook(workbook);
    ok(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'A']);
    const issued = JSON.parse(ok(['--data', province, '--json', 'campaign', 'issue', workbook, '--out', join(dir, 'gui')])) as { file: string; fingerprint: string };
    const unit = join(dir, 'xa');
    ok(['--data', unit, 'setup', '--unit', 'CDP-TANPHONG', '--campaign', issued.file, '--confirm', issued.fingerprint, '--signer', 'B']);
    const before = snapshotDatabase(databasePath(unit));

    // One byte of campaign.json changed after signing.
    const entries = entriesOf(readFileSync(issued.file));
    const json = Buffer.from(entryData(entries, 'campaign.json').toString('utf8').replace('Tân Phong', 'Tân Phóng'));
    const bad = join(dir, 'sua.tongket-campaign');
    writeFileSync(bad, craftZip(withEntry(entries, 'campaign.json', json)));
    const r1 = tongket(['--data', unit, 'import', bad]);
    expect(r1.stdout + r1.stderr).toContain('E_HASH');

    // Issued by another unit (a district, not this unit's parent), signed with its own key.
    const other = join(dir, 'huyen');
    ok(['--data', other, 'setup', '--unit', 'LDLD-TAMDUONG', '--signer', 'C']);
    const foreign = join(dir, 'dot-khac.xlsx');
    const rows = unionSheets();
    const units = (rows['Đơn vị'] ?? []).map((r, i) => (i === 0 ? r : [...r.slice(0, 3), 'cdcs', 'LDLD-TAMDUONG', ...r.slice(5)]));
    await writeUnionWorkbook(foreign, unionSheets({ 'Đơn vị': units }));
    const issuedOther = JSON.parse(ok(['--data', other, '--json', 'campaign', 'issue', foreign, '--out', join(dir, 'gui-huyen')])) as { file: string };
    const r2 = tongket(['--data', unit, 'import', issuedOther.file]);
    expect(r2.stdout + r2.stderr).toContain('E_CAMPAIGN_ISSUER');

    // A later issue that renames a unit already in the directory: reported, not applied, refused.
    const renamed = join(dir, 'doi-ten.xlsx');
    const settings = (rows['Đợt báo cáo'] ?? []).map((r) => (r[0] === 'Lần ban hành' ? ['Lần ban hành', 2] : r));
    const units2 = (rows['Đơn vị'] ?? []).map((r) => (r[0] === 'CDP-DOANKET' ? [r[0], 'Công đoàn phường Đoàn Kết mới', ...r.slice(2)] : r));
    await writeUnionWorkbook(renamed, unionSheets({ 'Đợt báo cáo': settings, 'Đơn vị': units2 }));
    // The province's own directory already has CDP-DOANKET: the difference is reported, not applied there either.
    const second = JSON.parse(ok(['--data', province, '--json', 'campaign', 'issue', renamed, '--out', join(dir, 'gui2')])) as { file: string; differences: string[] };
    expect(second.differences.join(' ')).toContain('CDP-DOANKET');
    const r3 = tongket(['--data', unit, 'import', second.file]);
    expect(r3.stdout + r3.stderr).toContain('E_CAMPAIGN_UNITS');

    expect(snapshotDatabase(databasePath(unit))).toEqual(before);
    // The same file again is "already imported", not an error.
    expect(ok(['--data', unit, 'import', issued.file])).toContain('Đã có');
    expect(readdirSync(join(dir, 'gui')).some((n) => n === `${UNION_CAMPAIGN_ID}_v1.tongket-campaign`)).toBe(true);
  });
});
