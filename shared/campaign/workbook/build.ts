// Rows → campaign: builds a campaign from a workbook's plain rows (SPEC §9). Cell problems (a word that
// is not a kind, text in a number cell, a day that does not exist) are found here; every semantic
// problem comes from the one set of campaign checks, mapped back to the row and column it came from.
// A workbook with any problem builds nothing.
import type { Unit } from '../../units/directory';
import type { CampaignBook } from '../book';
import { checkCampaign, type Place, type SettingName } from '../check';
import { parseCondition, parseExpression, parseOperator } from '../expression';
import { fieldKey, sectionId } from '../ids';
import type {
  AppendixDef,
  CampaignDef,
  CitedDocument,
  ColumnDef,
  ComputedColumnDef,
  Condition,
  Expr,
  FieldDef,
  IndicatorDef,
  IndicatorGroup,
  LevelDeadline,
  PeriodDef,
  RuleDef,
  SectionDef,
} from '../model';
import { day, integer, lines, month, number, text, yesNo, type Read } from './cells';
import {
  COLUMN_KINDS,
  COLUMNS,
  DEFAULT_MAX,
  FIELD_KINDS,
  normalizeName,
  RATIO_WORD,
  SETTINGS,
  SEVERITY,
  SHEET,
  SUGGESTED_TABLE,
  SUM_WORD,
  type CellValue,
  type SheetKey,
  type SheetRows,
  type WorkbookProblem,
} from './layout';
import { findSheet, Problems, Sheet, sortProblems, type Row } from './sheet';

export type BuildResult = { ok: true; book: CampaignBook } | { ok: false; problems: WorkbookProblem[] };

type Where = { sheet: string; row: number | null; column: string | null };

const H = Object.fromEntries(Object.entries(COLUMNS).map(([k, cols]) => [k, cols.map((c) => c.header)])) as Record<Exclude<SheetKey, 'suggested'>, string[]>;

/** Reads a cell through a reader, reporting a problem and giving the fallback when it cannot. */
function cell<T>(row: Row, header: string, read: (v: CellValue) => Read<T>, fallback: T): T {
  const r = read(row.get(header));
  if (r.ok) return r.value;
  row.problem(header, r.message);
  return fallback;
}

const optionalText = (row: Row, header: string): string | undefined => (row.has(header) ? text(row.get(header)) : undefined);

/** Columns that do not apply to a row's kind must be empty (SPEC §9). */
function mustBeEmpty(row: Row, headers: readonly string[], kindWord: string): void {
  for (const h of headers) if (row.has(h)) row.problem(h, `Cột «${h}» không dùng cho loại «${kindWord}»: hãy để trống ô này.`);
}

function kindOf<K extends string>(row: Row, header: string, words: Record<K, string>): K | null {
  const word = normalizeName(text(row.get(header)));
  const kind = (Object.keys(words) as K[]).find((k) => normalizeName(words[k]) === word);
  if (kind) return kind;
  row.problem(header, `«${text(row.get(header))}» không phải là một loại: hãy ghi một trong ${Object.values<string>(words).map((w) => `«${w}»`).join(', ')}.`);
  return null;
}

const required = (row: Row, header: string, what: string): string => {
  const t = text(row.get(header));
  if (t === '') row.problem(header, `${what} đang để trống: hãy ghi vào ô này.`);
  return t;
};

class Builder {
  readonly problems = new Problems();
  private readonly places = new Map<string, Where>();
  private readonly sheets = new Map<SheetKey, Sheet>();

  constructor(private readonly input: SheetRows[]) {}

  private at(place: Place, where: Where): void {
    this.places.set(JSON.stringify(place), where);
  }

  where(place: Place): Where | undefined {
    return this.places.get(JSON.stringify(place));
  }

  /** Every sheet of SPEC §9's table must be there with its columns; the added columns are optional. */
  open(): boolean {
    this.at({ at: 'list', of: 'sections' }, { sheet: SHEET.sections, row: null, column: null });
    this.at({ at: 'list', of: 'periods' }, { sheet: SHEET.periods, row: null, column: null });
    let complete = true;
    for (const key of Object.keys(SHEET) as SheetKey[]) {
      const found = findSheet(this.input, SHEET[key]);
      if (!found) {
        this.problems.add(SHEET[key], null, null, `Thiếu trang «${SHEET[key]}». Hãy thêm trang này với dòng tiêu đề như trong mẫu (xuất một đợt có sẵn bằng «tongket campaign workbook» để có mẫu).`);
        complete = false;
        continue;
      }
      const sheet = new Sheet(SHEET[key], found.rows, this.problems);
      const headers = key === 'suggested' ? [SUGGESTED_TABLE] : COLUMNS[key].filter((c) => !('added' in c)).map((c) => c.header);
      if (!sheet.require(headers)) complete = false;
      this.sheets.set(key, sheet);
    }
    return complete;
  }

  private rows(key: SheetKey): Row[] {
    return this.sheets.get(key)?.dataRows() ?? [];
  }

  settings(): Map<SettingName, Row> {
    const byName = new Map<SettingName, Row>();
    const [label, value] = H.settings as [string, string];
    for (const row of this.rows('settings')) {
      const name = normalizeName(text(row.get(label)));
      const s = SETTINGS.find((x) => normalizeName(x.label) === name);
      if (!s) {
        row.problem(label, `«${text(row.get(label))}» không phải là một mục cài đặt: hãy dùng một trong ${SETTINGS.map((x) => `«${x.label}»`).join(', ')}.`);
        continue;
      }
      if (byName.has(s.name)) {
        row.problem(label, `Mục «${s.label}» có hai dòng: hãy xóa một dòng.`);
        continue;
      }
      byName.set(s.name, row);
      this.at({ at: 'setting', name: s.name }, { sheet: SHEET.settings, row: row.n, column: value });
    }
    for (const s of SETTINGS) {
      if (s.required && (!byName.has(s.name) || !byName.get(s.name)?.has(value))) {
        const row = byName.get(s.name);
        this.problems.add(SHEET.settings, row?.n ?? null, value, `Chưa có «${s.label}»: hãy thêm dòng «${s.label}» ở cột «${label}» và ghi giá trị ở cột «${value}».`);
      }
    }
    return byName;
  }

  documents(): CitedDocument[] {
    const [ref, date, issuer, title] = H.documents as [string, string, string, string];
    return this.rows('documents').map((row, index) => {
      const attrs = { ref, date, issuer, title } as const;
      for (const [attr, column] of Object.entries(attrs)) this.at({ at: 'document', index, attr: attr as keyof typeof attrs }, { sheet: SHEET.documents, row: row.n, column });
      return { ref: text(row.get(ref)), date: cell(row, date, day, ''), issuer: text(row.get(issuer)), title: text(row.get(title)) };
    });
  }

  deadlines(): LevelDeadline[] {
    const [level, finish, send, sendTo, opening, recipients, labels] = H.deadlines as [string, string, string, string, string, string, string];
    return this.rows('deadlines').map((row, index) => {
      const attrs = { levelId: level, finish, send, sendTo, opening, recipients, labels } as const;
      for (const [attr, column] of Object.entries(attrs)) this.at({ at: 'deadline', index, attr: attr as keyof typeof attrs }, { sheet: SHEET.deadlines, row: row.n, column });
      const d: LevelDeadline = { levelId: text(row.get(level)), finish: cell(row, finish, day, '') };
      if (row.has(send)) d.send = cell(row, send, day, '');
      const to = optionalText(row, sendTo);
      if (to !== undefined) d.sendTo = to;
      const open = optionalText(row, opening);
      if (open !== undefined) d.opening = open;
      if (row.has(recipients)) d.recipients = lines(row.get(recipients));
      // "mã ô: nhãn", one per line; a line without a colon keeps its text as a key, which the check names.
      if (row.has(labels)) d.labels = Object.fromEntries(lines(row.get(labels)).map((l) => { const i = l.indexOf(':'); return i < 0 ? [l, ''] : [l.slice(0, i).trim(), l.slice(i + 1).trim()]; }));
      return d;
    });
  }

  sections(): SectionDef[] {
    const [num, title, guidance] = H.sections as [string, string, string];
    return this.rows('sections').map((row, section) => {
      this.at({ at: 'section', section, attr: 'number' }, { sheet: SHEET.sections, row: row.n, column: num });
      this.at({ at: 'section', section, attr: 'title' }, { sheet: SHEET.sections, row: row.n, column: title });
      this.at({ at: 'section', section, attr: 'fields' }, { sheet: SHEET.sections, row: row.n, column: num });
      this.at({ at: 'section', section, attr: 'guidance' }, { sheet: SHEET.sections, row: row.n, column: guidance });
      const n = cell(row, num, (v) => integer(v, 1), section + 1);
      return { id: sectionId(n), number: n, title: text(row.get(title)), guidance: lines(row.get(guidance)), fields: [] };
    });
  }

  fields(sections: SectionDef[]): void {
    const [sec, id, kindH, label, unit, max, optional, help, sentence, options, itemLabel, aggregate, placeholder] = H.fields as [
      string, string, string, string, string, string, string, string, string, string, string, string, string,
    ];
    for (const row of this.rows('fields')) {
      const n = cell(row, sec, (v) => integer(v, 1), 0);
      const section = sections.findIndex((s) => s.number === n);
      const target = sections[section];
      if (!target) {
        if (n > 0) row.problem(sec, `Không có mục số ${n} ở trang «${SHEET.sections}»: hãy ghi số của một mục có thật.`);
        continue;
      }
      const kind = kindOf(row, kindH, FIELD_KINDS);
      if (!kind) continue;
      const word = FIELD_KINDS[kind];
      const field = target.fields.length;
      const where = (column: string): Where => ({ sheet: SHEET.fields, row: row.n, column });
      const attrs = { id, kind: kindH, label, max, options, itemLabel, aggregate, columns: id, unit } as const;
      for (const [attr, column] of Object.entries(attrs)) this.at({ at: 'field', section, field, attr: attr as keyof typeof attrs }, where(column));
      const base = {
        key: fieldKey(n, text(row.get(id))),
        label: text(row.get(label)),
        ...(row.has(help) ? { help: text(row.get(help)) } : {}),
        ...(cell(row, optional, yesNo, false) ? { optional: true } : {}),
        ...(row.has(sentence) ? { sentence: text(row.get(sentence)) } : {}),
      };
      const maxOr = (fallback: number): number => (row.has(max) ? cell(row, max, (v) => integer(v, 1), fallback) : fallback);
      let def: FieldDef;
      switch (kind) {
        case 'narrative':
          mustBeEmpty(row, [unit, options, itemLabel, aggregate], word);
          def = { kind, ...base, maxLength: maxOr(DEFAULT_MAX.narrative), ...(row.has(placeholder) ? { placeholder: text(row.get(placeholder)) } : {}) };
          break;
        case 'text':
          mustBeEmpty(row, [unit, options, itemLabel, aggregate, placeholder], word);
          def = { kind, ...base, maxLength: maxOr(DEFAULT_MAX.text) };
          break;
        case 'integer':
        case 'money': {
          mustBeEmpty(row, [options, itemLabel, placeholder], word);
          const agg = normalizeName(text(row.get(aggregate)));
          if (agg !== '' && agg !== SUM_WORD) row.problem(aggregate, `Trường số chỉ tổng hợp bằng «${SUM_WORD}» (để trống cũng là «${SUM_WORD}»); «${RATIO_WORD}» chỉ có ở trang «${SHEET.indicators}».`);
          def = { kind, ...base, unit: text(row.get(unit)), max: row.has(max) ? cell(row, max, number, DEFAULT_MAX.number) : DEFAULT_MAX.number, aggregate: { kind: 'sum' } };
          break;
        }
        case 'choices': {
          mustBeEmpty(row, [unit, max, itemLabel, aggregate, placeholder], word);
          const opts = lines(row.get(options)).map((l) => {
            const eq = l.indexOf('=');
            if (eq < 0) row.problem(options, `Lựa chọn «${l}» thiếu dấu «=»: mỗi dòng ghi «mã = nhãn», ví dụ «hoi_nghi = Hội nghị».`);
            return eq < 0 ? { id: l, label: '' } : { id: l.slice(0, eq).trim(), label: l.slice(eq + 1).trim() };
          });
          def = { kind, ...base, options: opts };
          break;
        }
        case 'table':
          mustBeEmpty(row, [unit, options, aggregate, placeholder], word);
          def = { kind, ...base, itemLabel: text(row.get(itemLabel)), columns: [], maxRows: maxOr(DEFAULT_MAX.tableRows) };
          break;
      }
      target.fields.push(def);
    }
  }

  private tableAt(sections: SectionDef[], key: string): { section: number; field: number; def: Extract<FieldDef, { kind: 'table' }> } | 'none' | 'not-table' {
    for (const [section, s] of sections.entries()) {
      const field = s.fields.findIndex((f) => f.key === key);
      const def = s.fields[field];
      if (def) return def.kind === 'table' ? { section, field, def } : 'not-table';
    }
    return 'none';
  }

  columns(sections: SectionDef[]): void {
    const [fieldH, id, label, kindH, max, req, num, den, unit] = H.columns as [string, string, string, string, string, string, string, string, string];
    for (const row of this.rows('columns')) {
      const key = text(row.get(fieldH));
      const table = this.tableAt(sections, key);
      if (table === 'none' || table === 'not-table') {
        row.problem(fieldH, table === 'none' ? `Không có trường «${key}» ở trang «${SHEET.fields}»: hãy ghi khóa của một trường loại «bảng», ví dụ s1.bang.` : `Trường «${key}» không phải loại «bảng» nên không có cột.`);
        continue;
      }
      const kind = kindOf(row, kindH, COLUMN_KINDS);
      if (!kind) continue;
      const word = COLUMN_KINDS[kind];
      const { def, section, field } = table;
      const computed = kind === 'rate' || kind === 'status';
      const column = computed ? (def.computed?.length ?? 0) : def.columns.length;
      for (const [attr, header] of Object.entries({ id, label, max, numerator: num, denominator: den })) {
        this.at({ at: 'column', section, field, column, computed, attr: attr as 'id' }, { sheet: SHEET.columns, row: row.n, column: header });
      }
      const common = { id: text(row.get(id)), label: text(row.get(label)) };
      if (computed) {
        mustBeEmpty(row, [max, req, unit], word);
        const c: ComputedColumnDef = { ...common, kind, numerator: required(row, num, 'Tử số'), denominator: required(row, den, 'Mẫu số') };
        def.computed = [...(def.computed ?? []), c];
        continue;
      }
      let c: ColumnDef;
      if (kind === 'text') {
        mustBeEmpty(row, [num, den, unit], word);
        c = { ...common, kind: 'text', maxLength: row.has(max) ? cell(row, max, (v) => integer(v, 1), DEFAULT_MAX.textColumn) : DEFAULT_MAX.textColumn, ...(cell(row, req, yesNo, false) ? { required: true } : {}) };
      } else if (kind === 'date') {
        mustBeEmpty(row, [max, req, num, den, unit], word);
        c = { ...common, kind: 'date' };
      } else {
        mustBeEmpty(row, [max, req, num, den], word);
        c = { ...common, kind: 'number', ...(row.has(unit) ? { unit: text(row.get(unit)) } : {}), integer: kind === 'integer' };
      }
      def.columns.push(c);
    }
  }

  suggested(sections: SectionDef[]): void {
    const sheet = this.sheets.get('suggested');
    if (!sheet) return;
    const ids = sheet.headers.filter((h) => normalizeName(h) !== normalizeName(SUGGESTED_TABLE));
    const told = new Set<string>();
    for (const row of sheet.dataRows()) {
      const key = text(row.get(SUGGESTED_TABLE));
      const table = this.tableAt(sections, key);
      if (table === 'none' || table === 'not-table') {
        row.problem(SUGGESTED_TABLE, table === 'none' ? `Không có trường «${key}» ở trang «${SHEET.fields}»: hãy ghi khóa của một trường loại «bảng».` : `Trường «${key}» không phải loại «bảng» nên không có dòng gợi ý.`);
        continue;
      }
      const { def, section, field } = table;
      const r = def.suggestedRows?.length ?? 0;
      const out: Record<string, string | number | null> = {};
      for (const c of def.columns) out[c.id] = null;
      for (const header of ids) {
        const c = def.columns.find((x) => x.id === normalizeName(header));
        if (!c) {
          if (row.has(header)) row.problem(header, `Bảng «${key}» không có cột nhập «${header}»: hãy để trống ô này (hoặc thêm cột ở trang «${SHEET.columns}»).`);
          continue;
        }
        this.at({ at: 'suggested', section, field, row: r, column: c.id }, { sheet: SHEET.suggested, row: row.n, column: header });
        if (!row.has(header)) continue;
        const v = row.get(header);
        out[c.id] = c.kind === 'number' ? cell(row, header, number, null) : c.kind === 'date' ? cell(row, header, day, null) : text(v);
      }
      for (const c of def.columns) {
        if (ids.some((h) => normalizeName(h) === c.id) || told.has(`${key}.${c.id}`)) continue;
        told.add(`${key}.${c.id}`);
        row.problem(SUGGESTED_TABLE, `Trang «${SHEET.suggested}» chưa có cột «${c.id}» của bảng «${key}»: hãy thêm cột có tiêu đề «${c.id}».`);
      }
      this.at({ at: 'suggested', section, field, row: r, column: null }, { sheet: SHEET.suggested, row: row.n, column: SUGGESTED_TABLE });
      def.suggestedRows = [...(def.suggestedRows ?? []), out];
    }
  }

  periods(): PeriodDef[] {
    const [id, label, m] = H.periods as [string, string, string];
    return this.rows('periods').map((row, index) => {
      for (const [attr, column] of Object.entries({ id, label, month: m })) this.at({ at: 'period', index, attr: attr as 'id' }, { sheet: SHEET.periods, row: row.n, column });
      return { id: text(row.get(id)), label: text(row.get(label)), month: cell(row, m, month, '') };
    });
  }

  groups(): IndicatorGroup[] {
    const [groupH, id, label, unit, level, aggregate, num, den, groupId] = H.indicators as [string, string, string, string, string, string, string, string, string];
    const groups: IndicatorGroup[] = [];
    let last: { title: string; id: string } | null = null;
    for (const row of this.rows('indicators')) {
      const title = required(row, groupH, 'Tên nhóm');
      const gid = text(row.get(groupId));
      if (!last || last.title !== title || last.id !== gid) {
        groups.push({ id: gid === '' ? `g${groups.length + 1}` : gid, title, indicators: [] });
        last = { title, id: gid };
        this.at({ at: 'group', group: groups.length - 1, attr: 'id' }, { sheet: SHEET.indicators, row: row.n, column: gid === '' ? groupH : groupId });
        this.at({ at: 'group', group: groups.length - 1, attr: 'title' }, { sheet: SHEET.indicators, row: row.n, column: groupH });
      }
      const group = groups.length - 1;
      const g = groups[group] as IndicatorGroup;
      const indicator = g.indicators.length;
      for (const [attr, column] of Object.entries({ id, label, level, numerator: num, denominator: den })) {
        this.at({ at: 'indicator', group, indicator, attr: attr as 'id' }, { sheet: SHEET.indicators, row: row.n, column });
      }
      const lvl = row.has(level) ? cell(row, level, (v) => integer(v, 0), 0) : 0;
      if (lvl > 1) row.problem(level, 'Bậc chỉ là 0 (dòng tổng) hoặc 1 (dòng «trong đó»).');
      const word = normalizeName(text(row.get(aggregate)));
      let agg: IndicatorDef['aggregate'] = { kind: 'sum' };
      if (word === normalizeName(RATIO_WORD)) {
        agg = { kind: 'ratio', numerator: required(row, num, 'Tử số'), denominator: required(row, den, 'Mẫu số') };
      } else {
        if (word !== '' && word !== SUM_WORD) row.problem(aggregate, `Cách tổng hợp của chỉ tiêu là «${SUM_WORD}» (để trống cũng là «${SUM_WORD}») hoặc «${RATIO_WORD}».`);
        mustBeEmpty(row, [num, den], SUM_WORD);
      }
      g.indicators.push({ id: text(row.get(id)), label: text(row.get(label)), unit: text(row.get(unit)), aggregate: agg, level: lvl === 1 ? 1 : 0 });
    }
    return groups;
  }

  rules(): RuleDef[] {
    const [id, left, op, right, severity, message, fields, when] = H.rules as [string, string, string, string, string, string, string, string];
    return this.rows('rules').map((row, index) => {
      for (const [attr, column] of Object.entries({ id, left, right, message, fields, when })) this.at({ at: 'rule', index, attr: attr as 'id' }, { sheet: SHEET.rules, row: row.n, column });
      const expr = (header: string): Expr => {
        const r = parseExpression(text(row.get(header)));
        if (!r.ok) row.problem(header, r.message);
        return r.ok ? r.value : { num: 0 };
      };
      const operator = parseOperator(text(row.get(op)));
      if (!operator) row.problem(op, `«${text(row.get(op))}» không phải là dấu so sánh: hãy ghi một trong =, != (≠), <, <= (≤), >, >= (≥).`);
      const sev = normalizeName(text(row.get(severity)));
      const level = sev === SEVERITY.error ? 'error' : sev === normalizeName(SEVERITY.warning) ? 'warning' : null;
      if (!level) row.problem(severity, `Mức là «${SEVERITY.error}» (chặn việc xuất báo cáo) hoặc «${SEVERITY.warning}» (cần giải trình).`);
      const rule: RuleDef = {
        id: text(row.get(id)),
        severity: level ?? 'error',
        left: expr(left),
        op: operator ?? '==',
        right: expr(right),
        fields: lines(row.get(fields)),
        message: text(row.get(message)),
      };
      if (row.has(when)) {
        const c = parseCondition(text(row.get(when)));
        if (!c.ok) row.problem(when, c.message);
        else rule.when = c.value satisfies Condition;
      }
      // The model's key order: id, severity, left, op, right, fields, message, when.
      return rule;
    });
  }

  units(): Unit[] {
    const [code, name, short, level, parent, place] = H.units as [string, string, string, string, string, string];
    return this.rows('units').map((row, index) => {
      for (const [attr, column] of Object.entries({ code, name, shortName: short, levelId: level, parentCode: parent, place })) this.at({ at: 'unit', index, attr: attr as 'code' }, { sheet: SHEET.units, row: row.n, column });
      const p = text(row.get(parent));
      return { code: text(row.get(code)), name: text(row.get(name)), shortName: text(row.get(short)), levelId: text(row.get(level)), parentCode: p === '' ? null : p, place: text(row.get(place)) };
    });
  }
}

function settingValue(rows: Map<SettingName, Row>, name: SettingName): Row | undefined {
  return rows.get(name);
}

export function buildCampaign(input: SheetRows[]): BuildResult {
  const b = new Builder(input);
  if (!b.open()) return { ok: false, problems: b.problems.list };
  const settings = b.settings();
  const valueHeader = H.settings[1] as string;
  const get = (name: SettingName): string => {
    const row = settingValue(settings, name);
    return row ? text(row.get(valueHeader)) : '';
  };
  const read = <T>(name: SettingName, reader: (v: CellValue) => Read<T>, fallback: T): T => {
    const row = settingValue(settings, name);
    return row && row.has(valueHeader) ? cell(row, valueHeader, reader, fallback) : fallback;
  };
  const sections = b.sections();
  b.fields(sections);
  b.columns(sections);
  b.suggested(sections);
  const periods = b.periods();
  const appendix: AppendixDef = {
    title: get('appendixTitle'),
    guidance: lines(settingValue(settings, 'appendixGuidance')?.get(valueHeader) ?? null),
    periods: periods as [PeriodDef, ...PeriodDef[]],
    groups: b.groups(),
  };
  const campaign: CampaignDef = {
    id: get('id'),
    title: get('title'),
    summaryLine: get('summaryLine'),
    opening: get('opening'),
    ...(get('closing') !== '' ? { closing: get('closing') } : {}),
    documents: b.documents(),
    period: { from: read('from', month, ''), to: read('to', month, '') },
    deadlines: b.deadlines(),
    template: {
      id: get('templateId'),
      version: read('templateVersion', (v) => integer(v, 1), 1),
      title: get('templateTitle'),
      sections,
      appendix,
      rules: b.rules(),
    },
  };
  const book: CampaignBook = { campaign, issue: read('issue', (v) => integer(v, 1), 1), units: b.units() };
  // Semantic problems at a cell that already has a problem say the same thing twice: keep the first.
  const taken = new Set(b.problems.list.map((p) => `${p.sheet}|${p.row}|${p.column}`));
  for (const problem of checkCampaign(book)) {
    const where = b.where(problem.place) ?? { sheet: SHEET.settings, row: null, column: null };
    if (taken.has(`${where.sheet}|${where.row}|${where.column}`)) continue;
    b.problems.add(where.sheet, where.row, where.column, problem.message);
  }
  if (b.problems.list.length) return { ok: false, problems: sortProblems(b.problems.list) };
  return { ok: true, book };
}
