// The semantic checks of a campaign, one set for every way a campaign arrives: built from a workbook,
// read from a campaign file, or edited in the app. Each problem names its place in the model by
// position (the n-th field of the m-th section), so that each caller can point at its own cell, line or
// input; the sentence says what is wrong and how to fix it, in Vietnamese.
import { UNIT_CODE } from '../units/directory';
import type { CampaignBook } from './book';
import { expressionRefs } from './expression';
import { fieldIndex } from './fields';
import { CAMPAIGN_ID, CAMPAIGN_ID_HINT, fieldKey, ID, ID_HINT, RULE_ID, sectionId, TEMPLATE_ID } from './ids';
import type { ColumnDef, ComputedColumnDef, Condition, Expr, FieldDef, TemplateDef } from './model';

export type SettingName =
  | 'id'
  | 'title'
  | 'summaryLine'
  | 'opening'
  | 'closing'
  | 'from'
  | 'to'
  | 'templateId'
  | 'templateVersion'
  | 'templateTitle'
  | 'issue'
  | 'appendixTitle'
  | 'appendixGuidance';

export type Place =
  | { at: 'setting'; name: SettingName }
  /** A list that must not be empty, as a whole. */
  | { at: 'list'; of: 'sections' | 'periods' }
  | { at: 'document'; index: number; attr: 'ref' | 'date' | 'issuer' | 'title' }
  | { at: 'deadline'; index: number; attr: 'levelId' | 'finish' | 'send' | 'sendTo' | 'opening' | 'recipients' | 'labels' }
  | { at: 'section'; section: number; attr: 'number' | 'title' | 'guidance' | 'fields' }
  | { at: 'field'; section: number; field: number; attr: 'id' | 'kind' | 'label' | 'max' | 'options' | 'itemLabel' | 'aggregate' | 'columns' | 'unit' }
  | { at: 'column'; section: number; field: number; column: number; computed: boolean; attr: 'id' | 'label' | 'max' | 'numerator' | 'denominator' }
  | { at: 'suggested'; section: number; field: number; row: number; column: string | null }
  | { at: 'period'; index: number; attr: 'id' | 'label' | 'month' }
  | { at: 'group'; group: number; attr: 'id' | 'title' }
  | { at: 'indicator'; group: number; indicator: number; attr: 'id' | 'label' | 'level' | 'numerator' | 'denominator' }
  | { at: 'rule'; index: number; attr: 'id' | 'left' | 'right' | 'message' | 'fields' | 'when' }
  | { at: 'unit'; index: number; attr: 'code' | 'name' | 'shortName' | 'levelId' | 'parentCode' | 'place' };

export interface CampaignProblem {
  place: Place;
  message: string;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const isMonth = (s: string): boolean => {
  const m = MONTH.exec(s);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
};

/** A real calendar day in ISO form: 2023-02-30 is not one. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';
const isCount = (n: number): boolean => Number.isInteger(n) && n >= 1;

class Problems {
  readonly list: CampaignProblem[] = [];
  add(place: Place, message: string): void {
    this.list.push({ place, message });
  }
  /** Reports every later holder of an id already taken. */
  unique<T>(items: T[], idOf: (item: T) => string, place: (index: number) => Place, what: string): void {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const id = idOf(item);
      if (id === '') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else this.add(place(i), `Mã «${id}» đã dùng cho ${what} khác (thứ ${first + 1}). Mỗi ${what} cần một mã riêng: hãy đổi một trong hai.`);
    });
  }
}

function checkSettings(book: CampaignBook, p: Problems): void {
  const c = book.campaign;
  const t = c.template;
  const setting = (name: SettingName): Place => ({ at: 'setting', name });
  if (!CAMPAIGN_ID.test(c.id)) p.add(setting('id'), `Mã đợt «${c.id}» chưa đúng: mã đợt ${CAMPAIGN_ID_HINT}.`);
  if (blank(c.title)) p.add(setting('title'), 'Tên đợt đang để trống: hãy ghi tên đợt báo cáo.');
  if (blank(c.summaryLine)) p.add(setting('summaryLine'), 'Dòng trích yếu đang để trống: hãy ghi dòng in dưới chữ BÁO CÁO.');
  if (blank(c.opening)) p.add(setting('opening'), 'Đoạn mở đầu đang để trống: hãy ghi đoạn mở đầu của báo cáo ({unit} là tên đơn vị).');
  for (const [name, month] of [['from', c.period.from], ['to', c.period.to]] as const) {
    if (!isMonth(month)) p.add(setting(name), `Tháng «${month}» chưa đúng: hãy ghi tháng theo dạng mm/yyyy, ví dụ 06/2027.`);
  }
  if (isMonth(c.period.from) && isMonth(c.period.to) && c.period.from > c.period.to) {
    p.add(setting('to'), 'Tháng kết thúc kỳ báo cáo sớm hơn tháng bắt đầu: hãy sửa «Từ tháng» hoặc «Đến tháng».');
  }
  if (!TEMPLATE_ID.test(t.id)) p.add(setting('templateId'), `Mã mẫu «${t.id}» chưa đúng: chỉ dùng chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, ví dụ mau-6t-2027.`);
  if (!isCount(t.version)) p.add(setting('templateVersion'), 'Phiên bản mẫu phải là số nguyên từ 1 trở lên.');
  if (blank(t.title)) p.add(setting('templateTitle'), 'Tên mẫu đang để trống: hãy ghi tên đề cương.');
  if (!isCount(book.issue)) p.add(setting('issue'), 'Lần ban hành phải là số nguyên từ 1 trở lên (để trống nghĩa là 1).');
  if (blank(t.appendix.title)) p.add(setting('appendixTitle'), 'Tiêu đề phụ lục đang để trống: hãy ghi tiêu đề in trên phụ lục số liệu.');
}

function checkDocuments(book: CampaignBook, p: Problems): void {
  book.campaign.documents.forEach((d, index) => {
    if (blank(d.ref)) p.add({ at: 'document', index, attr: 'ref' }, 'Số, ký hiệu của văn bản đang để trống: hãy ghi như trên văn bản, ví dụ 447/KH-LĐLĐ.');
    if (!isIsoDate(d.date)) p.add({ at: 'document', index, attr: 'date' }, 'Ngày của văn bản chưa đúng: hãy ghi một ngày có thật theo dạng dd/mm/yyyy.');
    if (blank(d.issuer)) p.add({ at: 'document', index, attr: 'issuer' }, 'Cơ quan ban hành đang để trống: hãy ghi cơ quan đã ban hành văn bản.');
    if (blank(d.title)) p.add({ at: 'document', index, attr: 'title' }, 'Trích yếu đang để trống: hãy ghi trích yếu nội dung văn bản.');
  });
  const deadlines = book.campaign.deadlines;
  deadlines.forEach((d, index) => {
    if (blank(d.levelId)) p.add({ at: 'deadline', index, attr: 'levelId' }, 'Cấp đang để trống: hãy ghi mã một cấp trong danh mục, ví dụ cd-cap-tren.');
    if (!isIsoDate(d.finish)) p.add({ at: 'deadline', index, attr: 'finish' }, 'Ngày hoàn thành chưa đúng: hãy ghi một ngày có thật theo dạng dd/mm/yyyy.');
    if (d.send !== undefined && !isIsoDate(d.send)) p.add({ at: 'deadline', index, attr: 'send' }, 'Ngày gửi cấp trên chưa đúng: hãy ghi một ngày có thật theo dạng dd/mm/yyyy, hoặc để trống.');
    if (d.send !== undefined && isIsoDate(d.send) && isIsoDate(d.finish) && d.send < d.finish) {
      p.add({ at: 'deadline', index, attr: 'send' }, 'Ngày gửi cấp trên sớm hơn ngày hoàn thành: hãy sửa một trong hai ngày.');
    }
    const keys = new Set(book.campaign.template.sections.flatMap((s) => s.fields.map((f) => f.key)));
    for (const [key, label] of Object.entries(d.labels ?? {})) {
      if (!keys.has(key)) p.add({ at: 'deadline', index, attr: 'labels' }, `Nhãn riêng cho ô «${key}», nhưng mẫu không có ô này: hãy ghi mỗi dòng dạng "mã ô: nhãn", ví dụ "s10.recommend_province: Đề xuất, kiến nghị với cấp ủy, chính quyền địa phương".`);
      else if (blank(label)) p.add({ at: 'deadline', index, attr: 'labels' }, `Nhãn riêng của ô «${key}» đang để trống: hãy ghi nhãn sau dấu hai chấm.`);
    }
  });
  p.unique(deadlines, (d) => d.levelId, (index) => ({ at: 'deadline', index, attr: 'levelId' }), 'thời hạn của một cấp');
}

/** A computed column or ratio indicator over another computed one: a self-reference, a cycle, or a rate of a rate. */
function derivedReference(
  self: string,
  part: string,
  formulaOf: (id: string) => { numerator: string; denominator: string } | null,
  exists: (id: string) => boolean,
  what: { thing: string; parts: string },
): string | null {
  if (part === self) return `${what.thing} «${self}» lấy chính nó làm tử số hoặc mẫu số. Hãy chọn mã của ${what.parts}.`;
  if (!exists(part)) return `Không có ${what.parts} nào mã «${part}». Hãy ghi mã của ${what.parts} đã khai báo.`;
  if (formulaOf(part) === null) return null;
  // Follow the chain: does it come back to the row we started from?
  const seen = new Set([self]);
  const queue = [part];
  while (queue.length) {
    const id = queue.shift() as string;
    if (seen.has(id)) return `${what.thing} «${self}» tạo thành vòng tròn qua «${part}»: hai cột, dòng tính từ nhau. Hãy lấy tử số, mẫu số là ${what.parts}.`;
    seen.add(id);
    const f = formulaOf(id);
    if (f) queue.push(f.numerator, f.denominator);
  }
  return `«${part}» cũng là ${what.thing.toLowerCase()}; tỷ lệ chỉ tính từ ${what.parts}. Hãy chọn mã khác.`;
}

function checkTable(def: Extract<FieldDef, { kind: 'table' }>, section: number, field: number, p: Problems): void {
  const col = (column: number, computed: boolean, attr: 'id' | 'label' | 'max' | 'numerator' | 'denominator'): Place => ({ at: 'column', section, field, column, computed, attr });
  if (blank(def.itemLabel)) p.add({ at: 'field', section, field, attr: 'itemLabel' }, 'Tên một dòng của bảng đang để trống: hãy ghi một dòng của bảng là gì, ví dụ «lớp».');
  if (!isCount(def.maxRows)) p.add({ at: 'field', section, field, attr: 'max' }, 'Số dòng tối đa của bảng phải là số nguyên từ 1 trở lên.');
  if (def.columns.length === 0) p.add({ at: 'field', section, field, attr: 'columns' }, `Bảng «${def.key}» chưa có cột nào: hãy thêm các cột ở trang «Cột bảng».`);
  const computed = def.computed ?? [];
  const all: (ColumnDef | ComputedColumnDef)[] = [...def.columns, ...computed];
  const placeOf = (i: number): Place => (i < def.columns.length ? col(i, false, 'id') : col(i - def.columns.length, true, 'id'));
  all.forEach((c, i) => {
    if (!ID.test(c.id)) p.add(placeOf(i), `Mã cột «${c.id}» chưa đúng: mã ${ID_HINT}.`);
    if (blank(c.label)) p.add({ ...(placeOf(i) as Extract<Place, { at: 'column' }>), attr: 'label' }, 'Nhãn cột đang để trống: hãy ghi tên cột như in trong bảng.');
  });
  p.unique(all, (c) => c.id, placeOf, `cột của bảng ${def.key}`);
  def.columns.forEach((c, i) => {
    if (c.kind === 'text' && !isCount(c.maxLength)) p.add(col(i, false, 'max'), 'Số ký tự tối đa của cột chữ phải là số nguyên từ 1 trở lên.');
  });
  const numberColumns = new Set(def.columns.filter((c) => c.kind === 'number').map((c) => c.id));
  const computedById = new Map(computed.map((c) => [c.id, c]));
  computed.forEach((c, i) => {
    for (const attr of ['numerator', 'denominator'] as const) {
      const part = c[attr];
      const bad = derivedReference(c.id, part, (id) => computedById.get(id) ?? null, (id) => numberColumns.has(id) || computedById.has(id), { thing: 'Cột tính', parts: 'một cột số của bảng' });
      if (bad) p.add(col(i, true, attr), bad);
    }
  });
  const byId = new Map(def.columns.map((c) => [c.id, c]));
  if ((def.suggestedRows?.length ?? 0) > def.maxRows) p.add({ at: 'field', section, field, attr: 'max' }, `Bảng «${def.key}» có nhiều dòng gợi ý hơn số dòng tối đa (${def.maxRows}): hãy tăng «Tối đa» hoặc bớt dòng gợi ý.`);
  def.suggestedRows?.forEach((row, r) => {
    for (const [id, value] of Object.entries(row)) {
      const c = byId.get(id);
      const place: Place = { at: 'suggested', section, field, row: r, column: id };
      if (!c) {
        p.add(place, `Bảng «${def.key}» không có cột nhập «${id}»: hãy xóa giá trị ở cột này hoặc thêm cột ở trang «Cột bảng».`);
        continue;
      }
      if (value === null) continue;
      if (c.kind === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) p.add(place, `Cột «${c.label}» là cột số: hãy ghi một số.`);
      if (c.kind === 'number' && c.integer && typeof value === 'number' && !Number.isInteger(value)) p.add(place, `Cột «${c.label}» chỉ nhận số nguyên: hãy bỏ phần thập phân.`);
      if (c.kind === 'date' && (typeof value !== 'string' || !isIsoDate(value))) p.add(place, `Cột «${c.label}» là cột ngày: hãy ghi một ngày có thật theo dạng dd/mm/yyyy.`);
      if (c.kind === 'text' && (typeof value !== 'string' || value.length > c.maxLength)) p.add(place, `Cột «${c.label}» nhận chữ, tối đa ${c.maxLength} ký tự: hãy rút gọn.`);
    }
  });
}

function checkField(def: FieldDef, sectionNumber: number, section: number, field: number, p: Problems): void {
  const place = (attr: Extract<Place, { at: 'field' }>['attr']): Place => ({ at: 'field', section, field, attr });
  const prefix = `${sectionId(sectionNumber)}.`;
  const id = def.key.startsWith(prefix) ? def.key.slice(prefix.length) : def.key;
  if (!def.key.startsWith(prefix) || !ID.test(id)) p.add(place('id'), `Mã trường «${id}» chưa đúng: mã ${ID_HINT}; khóa của trường là ${fieldKey(sectionNumber, 'ma')}.`);
  if (blank(def.label)) p.add(place('label'), 'Nhãn của trường đang để trống: hãy ghi tên trường như người nhập sẽ thấy.');
  switch (def.kind) {
    case 'narrative':
    case 'text':
      if (!isCount(def.maxLength)) p.add(place('max'), 'Số ký tự tối đa phải là số nguyên từ 1 trở lên.');
      break;
    case 'integer':
    case 'money':
      if (!(def.max > 0) || !Number.isFinite(def.max)) p.add(place('max'), 'Giá trị tối đa của trường số phải là một số lớn hơn 0.');
      if (def.aggregate.kind !== 'sum') p.add(place('aggregate'), 'Trường số của mục chỉ tổng hợp bằng cách cộng («cộng»); tỷ lệ chỉ có ở trang «Chỉ tiêu».');
      break;
    case 'choices':
      if (def.options.length === 0) p.add(place('options'), 'Trường lựa chọn chưa có lựa chọn nào: hãy ghi mỗi dòng một lựa chọn dạng «mã = nhãn».');
      def.options.forEach((o) => {
        if (!ID.test(o.id)) p.add(place('options'), `Mã lựa chọn «${o.id}» chưa đúng: mã ${ID_HINT}.`);
        if (blank(o.label)) p.add(place('options'), `Lựa chọn «${o.id}» chưa có nhãn: hãy ghi dạng «mã = nhãn».`);
      });
      if (new Set(def.options.map((o) => o.id)).size !== def.options.length) p.add(place('options'), 'Hai lựa chọn trùng mã: mỗi lựa chọn cần một mã riêng.');
      break;
    case 'table':
      checkTable(def, section, field, p);
      break;
  }
}

function checkSections(t: TemplateDef, p: Problems): void {
  if (t.sections.length === 0) p.add({ at: 'list', of: 'sections' }, 'Mẫu chưa có mục nào: hãy thêm các mục ở trang «Mục».');
  t.sections.forEach((s, section) => {
    if (s.number !== section + 1 || s.id !== sectionId(s.number)) {
      p.add({ at: 'section', section, attr: 'number' }, `Mục thứ ${section + 1} mang số ${s.number}: các mục đánh số liên tục 1, 2, 3… theo thứ tự các dòng.`);
    }
    if (blank(s.title)) p.add({ at: 'section', section, attr: 'title' }, 'Tiêu đề mục đang để trống: hãy ghi tiêu đề như trong đề cương.');
    if (s.fields.length === 0) p.add({ at: 'section', section, attr: 'fields' }, `Mục ${s.number} chưa có trường nào: hãy thêm ít nhất một trường (ví dụ một «đoạn văn») ở trang «Trường», hoặc bỏ mục này.`);
    s.fields.forEach((f, field) => checkField(f, s.number, section, field, p));
  });
  const all = t.sections.flatMap((s, section) => s.fields.map((f, field) => ({ key: f.key, section, field })));
  p.unique(all, (x) => x.key, (i) => ({ at: 'field', section: all[i]?.section ?? 0, field: all[i]?.field ?? 0, attr: 'id' }), 'trường');
}

function checkAppendix(t: TemplateDef, p: Problems): void {
  const { periods, groups } = t.appendix;
  if (periods.length === 0) p.add({ at: 'list', of: 'periods' }, 'Phụ lục chưa có thời điểm nào: hãy thêm ít nhất một dòng ở trang «Thời điểm».');
  periods.forEach((pt, index) => {
    if (!ID.test(pt.id)) p.add({ at: 'period', index, attr: 'id' }, `Mã thời điểm «${pt.id}» chưa đúng: mã ${ID_HINT}.`);
    if (blank(pt.label)) p.add({ at: 'period', index, attr: 'label' }, 'Nhãn thời điểm đang để trống: hãy ghi như trong tiêu đề bảng, ví dụ «Tháng 6/2027».');
    if (!isMonth(pt.month)) p.add({ at: 'period', index, attr: 'month' }, `Tháng «${pt.month}» chưa đúng: hãy ghi tháng theo dạng mm/yyyy.`);
    const before = periods[index - 1];
    if (before && isMonth(before.month) && isMonth(pt.month) && before.month >= pt.month) {
      p.add({ at: 'period', index, attr: 'month' }, 'Các thời điểm phải theo thứ tự thời gian, mỗi thời điểm sau thời điểm trước: hãy sắp lại các dòng hoặc sửa tháng.');
    }
  });
  p.unique(periods, (x) => x.id, (index) => ({ at: 'period', index, attr: 'id' }), 'thời điểm');
  groups.forEach((g, group) => {
    if (!ID.test(g.id)) p.add({ at: 'group', group, attr: 'id' }, `Mã nhóm «${g.id}» chưa đúng: mã ${ID_HINT}.`);
    if (blank(g.title)) p.add({ at: 'group', group, attr: 'title' }, 'Tên nhóm chỉ tiêu đang để trống: hãy ghi tên nhóm.');
  });
  p.unique(groups, (g) => g.id, (group) => ({ at: 'group', group, attr: 'id' }), 'nhóm chỉ tiêu');
  const all = groups.flatMap((g, group) => g.indicators.map((ind, indicator) => ({ ind, group, indicator })));
  const byId = new Map(all.map((x) => [x.ind.id, x.ind]));
  const formulaOf = (id: string) => {
    const a = byId.get(id)?.aggregate;
    return a?.kind === 'ratio' ? a : null;
  };
  for (const { ind, group, indicator } of all) {
    const place = (attr: Extract<Place, { at: 'indicator' }>['attr']): Place => ({ at: 'indicator', group, indicator, attr });
    if (!ID.test(ind.id)) p.add(place('id'), `Mã chỉ tiêu «${ind.id}» chưa đúng: mã ${ID_HINT}.`);
    if (blank(ind.label)) p.add(place('label'), 'Tên chỉ tiêu đang để trống: hãy ghi tên như in trong phụ lục.');
    if (ind.level !== 0 && ind.level !== 1) p.add(place('level'), 'Bậc phải là 0 (dòng tổng) hoặc 1 (dòng «trong đó»).');
    if (ind.aggregate.kind === 'ratio') {
      for (const attr of ['numerator', 'denominator'] as const) {
        const bad = derivedReference(ind.id, ind.aggregate[attr], formulaOf, (id) => byId.has(id), { thing: 'Chỉ tiêu tỷ lệ', parts: 'một chỉ tiêu nhập số (cách tổng hợp «cộng»)' });
        if (bad) p.add(place(attr), bad);
      }
    }
  }
  p.unique(all, (x) => x.ind.id, (i) => ({ at: 'indicator', group: all[i]?.group ?? 0, indicator: all[i]?.indicator ?? 0, attr: 'id' }), 'chỉ tiêu');
}

function sameExpr(a: Expr, b: Expr): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function emptySum(e: Expr): boolean {
  if ('add' in e) return e.add.length === 0 || e.add.some(emptySum);
  if ('sub' in e) return e.sub.some(emptySum);
  if ('mul' in e) return e.mul.some(emptySum);
  if ('abs' in e) return emptySum(e.abs);
  if ('num' in e) return !Number.isFinite(e.num);
  return false;
}

function checkRules(t: TemplateDef, p: Problems): void {
  const index = fieldIndex(t);
  const sectionKeys = new Map(t.sections.flatMap((s) => s.fields.map((f) => [f.key, f] as const)));
  const ratioCells = new Set(t.appendix.groups.flatMap((g) => g.indicators.filter((i) => i.aggregate.kind === 'ratio').flatMap((i) => t.appendix.periods.map((pt) => `pl.${i.id}.${pt.id}`))));
  /** Why a key cannot be read as a number in a rule, or null when it can. */
  const badRef = (key: string): string | null => {
    if (ratioCells.has(key)) return `«${key}» là chỉ tiêu tỷ lệ, được tính chứ không nhập: hãy so sánh tử số và mẫu số của nó.`;
    const entry = index.get(key);
    if (!entry) return `Không có trường nào mã «${key}». Hãy ghi mã có thật: s<số mục>.<mã trường> hoặc pl.<mã chỉ tiêu>.<mã thời điểm>.`;
    if ('def' in entry && entry.def.kind !== 'integer' && entry.def.kind !== 'money') return `Trường «${key}» không phải trường số (số nguyên hoặc tiền) nên không dùng được trong phép so sánh.`;
    return null;
  };
  t.rules.forEach((r, i) => {
    const place = (attr: Extract<Place, { at: 'rule' }>['attr']): Place => ({ at: 'rule', index: i, attr });
    if (!RULE_ID.test(r.id)) p.add(place('id'), `Mã quy tắc «${r.id}» chưa đúng: mã ${ID_HINT}.`);
    if (blank(r.message)) p.add(place('message'), 'Thông báo đang để trống: hãy viết câu nêu trường nào sai và cách sửa ({left}, {right} là hai giá trị).');
    const parts: [Extract<Place, { at: 'rule' }>['attr'], Expr[]][] = [
      ['left', [r.left]],
      ['right', [r.right]],
    ];
    if (r.when) parts.push(['when', [r.when.left, r.when.right]]);
    for (const [attr, exprs] of parts) {
      for (const e of exprs) {
        if (emptySum(e)) p.add(place(attr), 'sum(…) cần ít nhất một đối số và số phải là số hữu hạn.');
        for (const key of new Set(expressionRefs(e))) {
          const bad = badRef(key);
          if (bad) p.add(place(attr), bad);
        }
      }
    }
    const compares = (c: Condition) => sameExpr(c.left, c.right);
    if (compares(r)) p.add(place('right'), 'Vế phải giống hệt vế trái: quy tắc so sánh một giá trị với chính nó thì không kiểm tra được gì. Hãy sửa một vế.');
    if (r.when && compares(r.when)) p.add(place('when'), 'Điều kiện so sánh một biểu thức với chính nó: hãy sửa một vế.');
    if (r.fields.length === 0) p.add(place('fields'), 'Quy tắc chưa có ô hiển thị: hãy ghi mã các trường cần sửa, mỗi dòng một mã (dòng đầu là nơi đường dẫn trỏ tới).');
    for (const key of r.fields) {
      if (!index.has(key) && !sectionKeys.has(key)) p.add(place('fields'), `Ô hiển thị «${key}» không có trong mẫu: hãy ghi mã một trường có thật.`);
    }
  });
  p.unique(t.rules, (r) => r.id, (index) => ({ at: 'rule', index, attr: 'id' }), 'quy tắc');
}

function checkUnits(book: CampaignBook, p: Problems): void {
  const codes = new Set(book.units.map((u) => u.code));
  const parentOf = new Map(book.units.map((u) => [u.code, u.parentCode]));
  book.units.forEach((u, index) => {
    const place = (attr: Extract<Place, { at: 'unit' }>['attr']): Place => ({ at: 'unit', index, attr });
    if (!UNIT_CODE.safeParse(u.code).success) p.add(place('code'), `Mã đơn vị «${u.code}» chưa đúng: chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang (2–40 ký tự), ví dụ CDP-TANPHONG.`);
    if (blank(u.name)) p.add(place('name'), 'Tên đơn vị đang để trống: hãy ghi tên đầy đủ.');
    if (blank(u.shortName)) p.add(place('shortName'), 'Tên ngắn đang để trống: hãy ghi tên ngắn in trong bảng, ví dụ «CĐ phường Tân Phong».');
    if (blank(u.levelId)) p.add(place('levelId'), 'Cấp đang để trống: hãy ghi mã cấp trong danh mục, ví dụ cd-cap-tren.');
    if (blank(u.place)) p.add(place('place'), 'Địa danh đang để trống: hãy ghi địa danh của dòng ngày tháng, ví dụ «Tân Phong».');
    if (u.parentCode === u.code) p.add(place('parentCode'), 'Đơn vị lấy chính nó làm đơn vị cấp trên: hãy ghi mã đơn vị cấp trên thật.');
    else if (u.parentCode !== null && codes.has(u.parentCode)) {
      // A chain of parents inside the list must end outside it, not come back.
      const seen = new Set([u.code]);
      let at: string | null = u.parentCode;
      while (at !== null && codes.has(at) && !seen.has(at)) {
        seen.add(at);
        at = parentOf.get(at) ?? null;
      }
      if (at !== null && seen.has(at)) p.add(place('parentCode'), `Đơn vị cấp trên của «${u.code}» vòng trở lại chính nó: hãy sửa cột «Đơn vị cấp trên».`);
    }
  });
  p.unique(book.units, (u) => u.code, (index) => ({ at: 'unit', index, attr: 'code' }), 'đơn vị');
}

/** Every semantic problem of a campaign; empty when it can be used. */
export function checkCampaign(book: CampaignBook): CampaignProblem[] {
  const p = new Problems();
  checkSettings(book, p);
  checkDocuments(book, p);
  checkSections(book.campaign.template, p);
  checkAppendix(book.campaign.template, p);
  checkRules(book.campaign.template, p);
  checkUnits(book, p);
  return p.list;
}
