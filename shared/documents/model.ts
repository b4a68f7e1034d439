// The document model: what a report says, already in reading order, with no knowledge of any campaign.
// One builder fills it from a unit's report (and, later, the province's aggregate); the DOCX and XLSX
// renderers only ever read this model, so they serve every level and every template alike.
import type { ChartSpec } from '../charts/spec';

/** A stretch of text with one emphasis. Text may hold any characters: renderers make it XML-safe. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block = BlockBody & {
  /**
   * The report field the block shows (narratives, tables, a number's sentence), so that a reader can
   * point at it (the province's comments); renderers of paper ignore it.
   */
  field?: string;
};

export type BlockBody =
  /** A numbered section heading, e.g. "1. Kết quả thực hiện các chỉ tiêu của Chương trình". */
  | { kind: 'heading'; text: string }
  /** A heading inside a section, e.g. "a) Ưu điểm". */
  | { kind: 'subheading'; text: string }
  /** A body paragraph: justified, first-line indent. */
  | { kind: 'paragraph'; runs: Run[]; /** A heading-like line ("Giải trình số liệu:") kept with what follows. */ keepWithNext?: boolean }
  /** A line the user started with "- "; the text here is without the dash. */
  | { kind: 'bullet'; runs: Run[] }
  /** Items numbered 1., 2., … in order. */
  | { kind: 'numbered'; items: string[] }
  | { kind: 'table'; table: DocTable };

/**
 * How a number reads: integer "1.234", decimal "12,5", percent "38,05%" (the value is already × 100,
 * always two decimals), change "+12" / "-3", changePercent "+2,50 điểm %" (a difference of two rates).
 */
export type NumberFormat = 'integer' | 'decimal' | 'percent' | 'change' | 'changePercent';

/** A cell of the same table, by row id and column id. */
export interface CellRef {
  row: string;
  col: string;
}

/**
 * A computed cell, kept as a formula so that a spreadsheet recomputes it when someone corrects a number.
 * An empty operand gives an empty result, never a misleading zero.
 */
export type Formula =
  | { op: 'sub'; left: CellRef; right: CellRef }
  /** numerator / denominator × 100; empty when the denominator is 0. */
  | { op: 'rate'; numerator: CellRef; denominator: CellRef }
  | { op: 'sum'; cells: CellRef[] }
  /** `met` when value ≥ target, otherwise `notMet`. */
  | { op: 'status'; value: CellRef; target: CellRef; met: string; notMet: string };

export type DocCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number | null; format: NumberFormat }
  /** `value` is the formula's result, filled by resolveFormulas, so that renderers need not compute. */
  | { kind: 'formula'; formula: Formula; value: number | string | null; format: NumberFormat };

export type DocRow =
  /** One cell per column. */
  | { kind: 'data'; id: string; cells: DocCell[]; bold?: boolean; indent?: 0 | 1 }
  /** A group heading: `label` in the first column, `text` across all the others. */
  | { kind: 'group'; id: string; label: string; text: string };

export interface DocColumn {
  id: string;
  label: string;
  /** Relative width; renderers scale the widths to the page. */
  width: number;
  align: 'left' | 'center' | 'right';
}

export interface DocTable {
  id: string;
  /** Shown above the table (bold, centred) when present. */
  title?: string;
  columns: DocColumn[];
  rows: DocRow[];
  /**
   * Keep the table on one page when it fits (a short per-unit table whose totals row would otherwise
   * start the next page alone). A table longer than a page still breaks.
   */
  keepTogether?: boolean;
}

export interface DocHeader {
  /** The parent unit, upper case, regular; null at the top of the hierarchy. */
  parentUnit: string | null;
  /** The issuing unit, upper case, bold, with a short rule below. */
  issuingUnit: string;
  /** "Số: 12/BC-LĐLĐ", or with blanks where the number is written by hand. */
  number: string;
  nationalTitle: string;
  motto: string;
  /** "Tam Đường, ngày 19 tháng 5 năm 2023" */
  dateLine: string;
}

export interface DocSection {
  id: string;
  heading: string;
  blocks: Block[];
  /** Nothing was written: the blocks hold only the "(chưa có nội dung)" line. */
  empty: boolean;
}

export interface DocSignature {
  recipientsLabel: string;
  /** Each line as printed, with its leading "- " and trailing ";" or ".". */
  recipients: string[];
  /** "TM. BAN THƯỜNG VỤ"; empty when the signer signs in their own name. */
  authority: string;
  /** "CHỦ TỊCH" */
  title: string;
  /** Empty when not yet set up: the document keeps a blank line to write the name by hand. */
  signerName: string;
}

export interface DocAppendix {
  heading: string;
  title: string;
  /** "(Kèm theo Báo cáo số … ngày … của …)" */
  reference: string;
  tables: DocTable[];
  /** Explanations of figures ("Giải trình số liệu") printed under the tables. */
  notes: Block[];
  /** Charts after the tables (the province's report): each drawn as a picture with its words and numbers. */
  charts?: DocChart[];
}

/** A chart of a document: the renderers draw `spec`; `description` is the picture's alternative text. */
export interface DocChart {
  /** "Biểu đồ 1. …", printed above the picture. */
  caption: string;
  spec: ChartSpec;
  description: string;
  /** The chart's numbers, printed under it (and the sheet's table in the workbook). */
  table: DocTable;
}

export interface DocSheet {
  /** Tab name; renderers shorten it and drop the characters a spreadsheet refuses. */
  name: string;
  /** Title block above the table: the unit, then the table's title and subtitles. */
  unit: string;
  title: string;
  subtitles: string[];
  table: DocTable;
  notes: string[];
}

export interface ReportDocument {
  /** Document properties (title, author) written into the files. */
  info: { title: string; author: string; subject: string; /** ISO date the report is issued. */ issuedOn: string };
  header: DocHeader;
  /** "BÁO CÁO" */
  kind: string;
  summary: string;
  opening: Block[];
  sections: DocSection[];
  closing: Block[];
  signature: DocSignature;
  appendix: DocAppendix | null;
  workbook: DocSheet[];
}
