// The derive workbook's rules (SPEC §9): only the campaign's own sheets are read and replace the
// parent's; template settings and sheets, when a clerk leaves them in, must equal the parent's, and a
// difference is named by sheet and row; the derived id must differ from the parent's.
import { describe, expect, it } from 'vitest';
import { checkDerivedRows, type DeriveSource } from '../../electron/services/campaigns/campaign-derive';
import { checkWorkbook } from '../../electron/services/campaigns/workbook';
import { readWorkbookRows } from '../../electron/services/campaigns/workbook-file';
import { CampaignBookSchema } from '../../shared/campaign/schema';
import type { SheetRows } from '../../shared/campaign/workbook/index';
import { UNION_CAMPAIGN_ID, unionSheets, unionWorkbookBytes, type UnionSheets } from '../helpers/union-campaign';

const checked = await checkWorkbook(await unionWorkbookBytes(), 'dot.xlsx');
if (!checked.ok) throw new Error('the union workbook does not build');
// As the province holds it: parsed back from the received file's campaign.json.
const parent = CampaignBookSchema.parse(JSON.parse(JSON.stringify(checked.book)));
const source: DeriveSource = { book: parent, derivation: { parentId: UNION_CAMPAIGN_ID, parentManifestSha256: 'a'.repeat(64) } };
const OWN = ['Mục', 'Mã đợt', 'Tên đợt', 'Dòng trích yếu', 'Mở đầu', 'Kết thúc', 'Lần ban hành'];

function ownSheets(id = 'LC-6T-2027'): UnionSheets {
  const all = unionSheets();
  return {
    'Đợt báo cáo': (all['Đợt báo cáo'] ?? []).filter((r) => OWN.includes(r[0] as string)).map((r) => (r[0] === 'Mã đợt' ? ['Mã đợt', id] : r)),
    'Văn bản căn cứ': all['Văn bản căn cứ'] ?? [],
    'Thời hạn': [(all['Thời hạn'] ?? [])[0] ?? [], ['cd-cap-tren', '22/06/2027', '26/06/2027', 'Ban Tổ chức', null, 'Lưu VT']],
    'Đơn vị': (all['Đơn vị'] ?? []).slice(0, 3),
  };
}

const rowsOf = async (sheets: UnionSheets): Promise<SheetRows[]> => (await readWorkbookRows(await unionWorkbookBytes(sheets), 'dan-xuat.xlsx')).sheets;

describe('the derive workbook', () => {
  it('builds the derived campaign from its own sheets, the template kept exactly', async () => {
    const r = checkDerivedRows(source, await rowsOf(ownSheets()));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.book.campaign.id).toBe('LC-6T-2027');
    expect(r.book.campaign.template).toEqual(parent.campaign.template);
    expect(r.book.campaign.period).toEqual(parent.campaign.period);
    expect(r.book.campaign.deadlines.map((d) => [d.levelId, d.finish])).toEqual([['cd-cap-tren', '2027-06-22']]);
    expect(r.book.units.map((u) => u.code)).toEqual(['CDP-TANPHONG', 'CDP-DOANKET']);
  });

  it('accepts a full copy of the parent workbook with only its own parts changed', async () => {
    const full = unionSheets({ ...ownSheets(), 'Đợt báo cáo': (unionSheets()['Đợt báo cáo'] ?? []).map((r) => (r[0] === 'Mã đợt' ? ['Mã đợt', 'LC-6T-2027'] : r)) });
    const r = checkDerivedRows(source, await rowsOf(full));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('names a template setting and a template sheet that differ from the parent, and a reused id', async () => {
    const sheets = ownSheets(UNION_CAMPAIGN_ID);
    sheets['Đợt báo cáo'] = [...(sheets['Đợt báo cáo'] ?? []), ['Phiên bản mẫu', 2]];
    const all = unionSheets();
    sheets['Quy tắc'] = (all['Quy tắc'] ?? []).slice(0, 2);
    const r = checkDerivedRows(source, await rowsOf(sheets));
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['Đợt báo cáo', 8, 'Giá trị'],
      ['Quy tắc', null, null],
      ['Đợt báo cáo', null, null],
    ]);
    expect(problems[0]?.message).toContain('Phiên bản mẫu');
    expect(problems[2]?.message).toContain('phải khác mã đợt của cấp trên');
  });
});
