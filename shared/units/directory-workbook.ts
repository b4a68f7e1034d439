// The directory as a workbook (SPEC §9): one sheet `Đơn vị` with the six columns of the campaign
// workbook's `Đơn vị` sheet. Pure: rows in, units or every problem (sheet, row, column) out.
import { text } from '../campaign/workbook/cells';
import { COLUMNS, SHEET, type SheetRows, type WorkbookProblem } from '../campaign/workbook/layout';
import { findSheet, Problems, Sheet } from '../campaign/workbook/sheet';
import { UnitSchema, type Unit } from './directory';

const HEADERS = COLUMNS.units.map((c) => c.header) as [string, string, string, string, string, string];
const ATTRS = ['code', 'name', 'shortName', 'levelId', 'parentCode', 'place'] as const;

export type DirectoryRead = { ok: true; units: Unit[] } | { ok: false; problems: WorkbookProblem[] };

export function readDirectoryRows(sheets: SheetRows[]): DirectoryRead {
  const problems = new Problems();
  const found = findSheet(sheets, SHEET.units);
  if (!found) return { ok: false, problems: [{ sheet: SHEET.units, row: null, column: null, message: `Sổ tính thiếu trang «${SHEET.units}». Hãy thêm trang này với sáu cột ${HEADERS.map((h) => `«${h}»`).join(', ')}.` }] };
  const sheet = new Sheet(found.name, found.rows, problems);
  if (!sheet.require(HEADERS)) return { ok: false, problems: problems.list };
  const units: Unit[] = [];
  const seen = new Map<string, number>();
  for (const row of sheet.dataRows()) {
    const raw = Object.fromEntries(ATTRS.map((a, i) => [a, text(row.get(HEADERS[i] as string))])) as Record<(typeof ATTRS)[number], string>;
    const parsed = UnitSchema.safeParse({ ...raw, parentCode: raw.parentCode === '' ? null : raw.parentCode });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) row.problem(HEADERS[ATTRS.indexOf(issue.path[0] as (typeof ATTRS)[number])] ?? null, issue.message);
      continue;
    }
    const before = seen.get(parsed.data.code);
    if (before !== undefined) {
      row.problem(HEADERS[0], `Mã «${parsed.data.code}» đã có ở dòng ${before}. Mỗi đơn vị một dòng.`);
      continue;
    }
    seen.set(parsed.data.code, row.n);
    units.push(parsed.data);
  }
  return problems.list.length ? { ok: false, problems: problems.list } : { ok: true, units };
}

export function directoryToRows(units: Unit[]): SheetRows[] {
  return [{ name: SHEET.units, rows: [HEADERS, ...units.map((u) => [u.code, u.name, u.shortName, u.levelId, u.parentCode, u.place])] }];
}
