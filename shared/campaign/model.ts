// The campaign and its template are declarative, JSON-serialisable data: a province can run another
// summary next year by shipping a new template, without a new release of the app.

/** A field's address in a report: `s5.courses` for a section field, `pl.chairs.end` for an appendix cell. */
export type FieldKey = string;

/** A point in time of the appendix, an id from the template's list (e.g. the programme's start and its summary). */
export type PeriodId = string;

export interface ChoiceOption {
  id: string;
  label: string;
}

/** A column of a table field. Computed columns are derived for display and documents, never stored. */
export type ColumnDef =
  | { id: string; label: string; kind: 'text'; maxLength: number; required?: boolean }
  | { id: string; label: string; kind: 'number'; unit?: string; integer: boolean }
  | { id: string; label: string; kind: 'date' };

export interface ComputedColumnDef {
  id: string;
  label: string;
  /** rate = numerator / denominator × 100; status = "Đạt" when numerator ≥ denominator. */
  kind: 'rate' | 'status';
  numerator: string;
  denominator: string;
}

export type Aggregation =
  | { kind: 'sum' }
  /** Rates are recomputed from summed parts at every level, never averaged. */
  | { kind: 'ratio'; numerator: FieldKey; denominator: FieldKey }
  /** Narratives and lists are compiled side by side, not added up. */
  | { kind: 'compile' };

interface FieldBase {
  /** Unique within the template. */
  key: FieldKey;
  label: string;
  help?: string;
  /** Optional fields do not count towards a section's progress (e.g. proposed commendations). */
  optional?: boolean;
  /**
   * How the field reads in the printed report, e.g. "Tổ chức {value} hội nghị quán triệt …". `{value}` is
   * the formatted value (for a choice, the chosen labels; for a table, its number of rows, and the sentence
   * introduces the table). Without it the document writes "label: value".
   */
  sentence?: string;
}

export type FieldDef =
  | (FieldBase & { kind: 'narrative'; maxLength: number; placeholder?: string })
  | (FieldBase & { kind: 'text'; maxLength: number })
  | (FieldBase & { kind: 'integer'; unit: string; max: number; aggregate: Aggregation })
  | (FieldBase & { kind: 'money'; unit: string; max: number; aggregate: Aggregation })
  | (FieldBase & { kind: 'choices'; options: ChoiceOption[] })
  | (FieldBase & {
      kind: 'table';
      itemLabel: string;
      columns: ColumnDef[];
      computed?: ComputedColumnDef[];
      maxRows: number;
      /** Suggested rows offered to a new report (e.g. the programme's targets). */
      suggestedRows?: Record<string, string | number | null>[];
    });

export type FieldKind = FieldDef['kind'];

export interface SectionDef {
  id: string;
  number: number;
  title: string;
  /** Short paragraphs shown beside the editor: what to cover, where the numbers come from. */
  guidance: string[];
  fields: FieldDef[];
}

export interface IndicatorDef {
  id: string;
  label: string;
  unit: string;
  /** Input indicators are typed by the unit; ratio indicators are computed. */
  aggregate: { kind: 'sum' } | { kind: 'ratio'; numerator: string; denominator: string };
  /** Indentation in tables: 0 for totals, 1 for "of whom" rows. */
  level: 0 | 1;
}

export interface IndicatorGroup {
  id: string;
  title: string;
  indicators: IndicatorDef[];
}

export interface PeriodDef {
  id: PeriodId;
  /** As written in table headings, e.g. "Tháng 10/2019". */
  label: string;
  /** ISO month, e.g. "2019-10". */
  month: string;
}

export interface AppendixDef {
  title: string;
  guidance: string[];
  /** One or more points in time, in order; the appendix is filled at each, changes run between consecutive ones. */
  periods: [PeriodDef, ...PeriodDef[]];
  groups: IndicatorGroup[];
}

/** A tiny expression language for rules (DHIS2 style), kept as data. */
export type Expr =
  | { ref: FieldKey }
  | { num: number }
  | { add: Expr[] }
  | { sub: [Expr, Expr] }
  | { mul: [Expr, Expr] }
  | { abs: Expr };

export type Operator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export interface Condition {
  left: Expr;
  op: Operator;
  right: Expr;
}

export interface RuleDef extends Condition {
  id: string;
  /** error blocks export; warning needs a written explanation that travels with the report. */
  severity: 'error' | 'warning';
  /** Fields where the problem is shown; the first is where the link jumps. */
  fields: FieldKey[];
  /**
   * Vietnamese message naming the field and how to fix it. `{left}` and `{right}` are replaced by the
   * evaluated values in Vietnamese number format.
   */
  message: string;
  /** The rule applies only when this holds (e.g. a change is judged only from a base of a few people). */
  when?: Condition;
}

export interface TemplateDef {
  id: string;
  version: number;
  title: string;
  sections: SectionDef[];
  appendix: AppendixDef;
  rules: RuleDef[];
}

export interface CitedDocument {
  /** e.g. "1563/CTr-TLĐ" */
  ref: string;
  /** ISO date */
  date: string;
  issuer: string;
  title: string;
}

export interface LevelDeadline {
  levelId: string;
  /** ISO date: the report is finished. */
  finish: string;
  /** ISO date: the report reaches the level above; absent for the top receiving level. */
  send?: string;
  /** The department of the level above that receives the report, e.g. "Ban TC-KT" (printed in "Nơi nhận"). */
  sendTo?: string;
  /**
   * The opening paragraph of this level's report when it differs from the campaign's: the province
   * reports under the confederation's plan, not under its own. `{unit}` as in the campaign's opening.
   */
  opening?: string;
  /** "Nơi nhận" of this level's report as the plan lists it; without it, the default lines. */
  recipients?: string[];
  /**
   * Field labels of this level's own report, by field key, where the template's wording is a lower
   * level's: the province does not recommend "with LĐLĐ tỉnh" to itself (issue 16).
   */
  labels?: Record<string, string>;
}

export interface CampaignDef {
  id: string;
  title: string;
  /** The summary line under "BÁO CÁO". */
  summaryLine: string;
  /** The report's opening paragraph; `{unit}` is replaced by the issuing unit's name. */
  opening: string;
  /** The closing sentence of the body, ending with "./." as Decree 30 asks; `{unit}` as in `opening`. */
  closing?: string;
  documents: CitedDocument[];
  period: { from: string; to: string };
  deadlines: LevelDeadline[];
  template: TemplateDef;
}
