// One sheet of a workbook as headed rows: columns found by header (NFC, case and outer spaces
// ignored), empty rows skipped, and every problem tied to its sheet, Excel row and column header.
import { isEmpty } from './cells';
import { COLUMNS, MAX_ROWS_PER_SHEET, normalizeName, SHEET, type CellValue, type SheetRows, type WorkbookProblem } from './layout';

export class Problems {
  readonly list: WorkbookProblem[] = [];
  add(sheet: string, row: number | null, column: string | null, message: string): void {
    this.list.push({ sheet, row, column, message });
  }
}

export interface Row {
  /** Excel row number. */
  n: number;
  get(header: string): CellValue;
  /** Whether the cell under this header holds anything. */
  has(header: string): boolean;
  problem(header: string | null, message: string): void;
}

export class Sheet {
  private readonly index = new Map<string, number>();
  /** Headers as written in this workbook, by their normalised form. */
  readonly headers: string[] = [];

  constructor(
    readonly name: string,
    private readonly rows: CellValue[][],
    private readonly problems: Problems,
  ) {
    (rows[0] ?? []).forEach((h, i) => {
      const header = typeof h === 'string' ? h.normalize('NFC').trim() : '';
      if (header === '') return;
      const key = normalizeName(header);
      if (this.index.has(key)) {
        problems.add(name, 1, header, `Cột «${header}» có hai lần ở dòng tiêu đề: hãy xóa hoặc đổi tên một cột.`);
        return;
      }
      this.index.set(key, i);
      this.headers.push(header);
    });
  }

  hasColumn(header: string): boolean {
    return this.index.has(normalizeName(header));
  }

  /** Reports each missing column; true when all are there. */
  require(headers: readonly string[]): boolean {
    const missing = headers.filter((h) => !this.hasColumn(h));
    for (const h of missing) {
      this.problems.add(this.name, 1, h, `Trang «${this.name}» thiếu cột «${h}». Hãy thêm cột này vào dòng tiêu đề (dòng 1), đúng tên như trong mẫu.`);
    }
    return missing.length === 0;
  }

  /** The data rows that hold anything, each with its Excel row number. */
  dataRows(): Row[] {
    if (this.rows.length > MAX_ROWS_PER_SHEET + 1) {
      this.problems.add(this.name, null, null, `Trang «${this.name}» có ${this.rows.length} dòng, quá ${MAX_ROWS_PER_SHEET} dòng cho phép: hãy xóa các dòng thừa (kể cả dòng trống đã định dạng ở cuối trang).`);
      return [];
    }
    const out: Row[] = [];
    this.rows.forEach((cells, i) => {
      if (i === 0 || cells.every(isEmpty)) return;
      const n = i + 1;
      const at = (header: string): number | undefined => this.index.get(normalizeName(header));
      out.push({
        n,
        get: (header) => {
          const j = at(header);
          return j === undefined ? null : (cells[j] ?? null);
        },
        has: (header) => {
          const j = at(header);
          return j !== undefined && !isEmpty(cells[j] ?? null);
        },
        problem: (header, message) => this.problems.add(this.name, n, header, message),
      });
    });
    return out;
  }
}

/** Finds sheets by name as SPEC §9 compares them; other sheets are ignored. */
export function findSheet(sheets: SheetRows[], name: string): SheetRows | undefined {
  const key = normalizeName(name);
  return sheets.find((s) => normalizeName(s.name) === key);
}

const SHEET_ORDER: string[] = Object.values(SHEET);
const COLUMN_ORDER = new Map<string, string[]>(Object.entries(COLUMNS).map(([key, cols]) => [SHEET[key as keyof typeof COLUMNS], cols.map((c) => c.header)]));

/** By sheet in workbook order, then row, then column left to right, so that a clerk can work down the list. */
export function sortProblems(list: WorkbookProblem[]): WorkbookProblem[] {
  const col = (p: WorkbookProblem): number => (p.column === null ? -1 : (COLUMN_ORDER.get(p.sheet) ?? []).indexOf(p.column));
  return [...list].sort((a, b) => SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || col(a) - col(b));
}
