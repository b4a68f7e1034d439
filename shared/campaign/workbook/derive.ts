// The workbook of a derived campaign (SPEC §9, `campaign derive`): only the sheets `Đợt báo cáo` (id,
// title, texts, issue number), `Văn bản căn cứ`, `Thời hạn` and `Đơn vị` are read — they replace the
// parent's, they are not merged. Settings rows about the template, and template sheets, may be there
// (a copy of the parent's workbook); then they must equal the parent's. Pure: rows in, rows out.
import type { CampaignBook } from '../book';
import type { SettingName } from '../check';
import { text } from './cells';
import { normalizeName, SETTINGS, SHEET, type CellValue, type SheetRows, type WorkbookProblem } from './layout';
import { findSheet } from './sheet';
import { campaignToRows } from './write';

/** The settings a derived campaign sets for itself; every other setting is the template's. */
const OWN_SETTINGS: readonly SettingName[] = ['id', 'title', 'summaryLine', 'opening', 'closing', 'issue'];
const OWN_SHEETS: readonly string[] = [SHEET.settings, SHEET.documents, SHEET.deadlines, SHEET.units];
export const TEMPLATE_SHEETS: readonly string[] = Object.values(SHEET).filter((s) => !OWN_SHEETS.includes(s));
const TEMPLATE_SETTINGS = SETTINGS.filter((s) => !OWN_SETTINGS.includes(s.name));

const labelKey = (v: CellValue | undefined): string => normalizeName(text(v ?? null));

/** Column positions of `Mục` and `Giá trị` in a settings sheet, or null when the header lacks one. */
function settingColumns(sheet: SheetRows): { label: number; value: number } | null {
  const header = (sheet.rows[0] ?? []).map((h) => labelKey(h));
  const label = header.indexOf(normalizeName('Mục'));
  const value = header.indexOf(normalizeName('Giá trị'));
  return label < 0 || value < 0 ? null : { label, value };
}

/**
 * The rows to build the derived campaign from: this workbook's own sheets, and for the template what
 * the workbook does not carry, taken from the parent. Problems keep pointing at this workbook's rows.
 */
export function deriveRows(own: SheetRows[], parent: CampaignBook): SheetRows[] {
  const parentRows = campaignToRows(parent);
  const out: SheetRows[] = [];
  for (const name of Object.values(SHEET)) {
    const mine = findSheet(own, name);
    const theirs = findSheet(parentRows, name) as SheetRows;
    if (TEMPLATE_SHEETS.includes(name)) {
      out.push(mine ?? theirs);
      continue;
    }
    if (!mine) continue; // the build names the missing sheet
    if (name !== SHEET.settings) {
      out.push(mine);
      continue;
    }
    const cols = settingColumns(mine);
    if (!cols) {
      out.push(mine);
      continue;
    }
    const present = new Set(mine.rows.slice(1).map((r) => labelKey(r[cols.label])));
    const added = TEMPLATE_SETTINGS.filter((s) => !present.has(normalizeName(s.label))).map((s) => {
      const from = theirs.rows.find((r) => labelKey(r[0]) === normalizeName(s.label));
      const row: CellValue[] = [];
      row[cols.label] = s.label;
      row[cols.value] = from?.[1] ?? null;
      return Array.from(row, (v) => v ?? null);
    });
    out.push({ name: mine.name, rows: [...mine.rows, ...added] });
  }
  return out;
}

/** Keys sorted, undefined left out: a campaign parsed from its file and one built from rows compare by content. */
const stable = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(stable)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, stable(x)]))
      : v;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(stable(a)) === JSON.stringify(stable(b));

/**
 * Where the built campaign's template differs from the parent's: each template setting row and each
 * template sheet this workbook carries, compared as the parent's workbook would write them.
 */
export function templateDifferences(own: SheetRows[], built: CampaignBook, parent: CampaignBook): WorkbookProblem[] {
  const problems: WorkbookProblem[] = [];
  const a = campaignToRows(built);
  const b = campaignToRows(parent);
  const mine = findSheet(own, SHEET.settings);
  const cols = mine ? settingColumns(mine) : null;
  if (mine && cols) {
    const settingOf = (rows: SheetRows[], label: string) => (findSheet(rows, SHEET.settings)?.rows ?? []).find((r) => labelKey(r[0]) === normalizeName(label))?.[1] ?? null;
    mine.rows.forEach((r, i) => {
      const s = TEMPLATE_SETTINGS.find((t) => normalizeName(t.label) === labelKey(r[cols.label]));
      if (!s || i === 0 || same(settingOf(a, s.label), settingOf(b, s.label))) return;
      problems.push({
        sheet: mine.name,
        row: i + 1,
        column: 'Giá trị',
        message: `«${s.label}» thuộc mẫu của đợt cấp trên và phải giữ nguyên (${text(settingOf(b, s.label)) || 'để trống'}). Hãy sửa lại hoặc xóa dòng này; đợt dẫn xuất chỉ đổi mã, tên, lời văn, lần ban hành, văn bản căn cứ, thời hạn và đơn vị.`,
      });
    });
  }
  for (const name of TEMPLATE_SHEETS) {
    const sheet = findSheet(own, name);
    if (!sheet || same(findSheet(a, name)?.rows, findSheet(b, name)?.rows)) continue;
    problems.push({
      sheet: sheet.name,
      row: null,
      column: null,
      message: `Trang «${name}» khác mẫu của đợt cấp trên. Đợt dẫn xuất giữ nguyên mẫu: hãy xóa trang này khỏi sổ tính, hoặc chép lại đúng như đợt cấp trên.`,
    });
  }
  if (problems.length === 0 && !same(built.campaign.template, parent.campaign.template)) {
    problems.push({ sheet: SHEET.settings, row: null, column: null, message: 'Mẫu của đợt khác mẫu của đợt cấp trên. Hãy xóa các trang và dòng về mẫu khỏi sổ tính để giữ nguyên mẫu của cấp trên.' });
  }
  return problems;
}
