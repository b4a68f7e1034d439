// The province's report: its own report (body pre-filled from the totals and compiled from the units'
// texts, appendix with the province's figures) plus, in the appendix, the submission status and the
// figures of every counted unit with totals; and the consolidated workbook — a sheet per indicator
// group with one row per unit, the section numbers by unit, and the submission status.
import type { Aggregate } from '../../aggregate/types';
import { BASIS_LABEL } from '../../aggregate/labels';
import { periodsPhrase } from '../appendix';
import { buildReportDocument, type ReportInput } from '../build';
import type { Block, DocChart, DocSheet, DocTable, ReportDocument } from '../model';
import { aggregationPlan } from '../../aggregate/plan';
import { lastPeriod } from '../../campaign/keys';
import { chartTable, describeChart } from '../../charts/describe';
import { changeChart, defaultIndicator, statusChart, unitChart, type ChartSpec } from '../../charts/spec';
import { oneLine } from '../text';
import { statusTable } from './status-table';
import { activitySections, groupColumns, packSections, unitTable, type UnitFigures } from './unit-tables';

export interface ProvinceReportInput extends ReportInput {
  aggregate: Aggregate;
}

/** A portrait-wide appendix table stays readable up to this many number columns. */
const MAX_DOCX_COLUMNS = 7;

/** Sheet names hold 31 characters: cut at a word, not in the middle of one. */
export function shortSheetName(title: string): string {
  const s = oneLine(title);
  if (s.length <= 31) return s;
  const cut = s.slice(0, 31);
  const space = cut.lastIndexOf(' ');
  return (space > 10 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '');
}

function coverageLine(agg: Aggregate): string {
  return `Số liệu tổng hợp từ báo cáo của ${agg.counts.counted}/${agg.counts.expected} đơn vị trực thuộc (theo ${BASIS_LABEL[agg.basis]}); tình hình gửi báo cáo và lý do chưa tính từng đơn vị ghi ở Biểu 1.`;
}

function noteBlocks(agg: Aggregate): Block[] {
  return [
    { kind: 'paragraph', runs: [{ text: 'Ghi chú:', bold: true, italic: true }] },
    { kind: 'bullet', runs: [{ text: coverageLine(agg) }] },
    ...agg.notes.map((text): Block => ({ kind: 'bullet', runs: [{ text }] })),
  ];
}

function appendixTables(input: ProvinceReportInput, units: UnitFigures[]): DocTable[] {
  const { template } = input.campaign;
  let n = 1;
  const tables: DocTable[] = [statusTable(input.aggregate, false, 'Biểu 1. Tình hình gửi báo cáo của các đơn vị')];
  for (const group of template.appendix.groups) {
    for (const p of template.appendix.periods) {
      n += 1;
      tables.push(unitTable(`unit.${group.id}.${p.id}`, `Biểu ${n}. ${oneLine(group.title)} – ${oneLine(p.label)}`, groupColumns(template, group, [p]), units));
    }
  }
  for (const pack of packSections(activitySections(template), MAX_DOCX_COLUMNS)) {
    n += 1;
    const which = pack.numbers.length > 1 ? `các mục ${pack.numbers.join(', ')}` : `mục ${pack.numbers[0] ?? ''}`;
    tables.push(unitTable(`unit.activities.${pack.numbers.join('-')}`, `Biểu ${n}. Kết quả hoạt động theo đơn vị (${which})`, pack.columns, units));
  }
  return tables;
}

function workbookSheets(input: ProvinceReportInput, units: UnitFigures[], unitName: string, reference: string): DocSheet[] {
  const { campaign, aggregate } = input;
  const { template } = campaign;
  const basis = `Theo ${BASIS_LABEL[aggregate.basis]}: ${aggregate.counts.counted}/${aggregate.counts.expected} đơn vị được tính (xem trang «Tình hình gửi báo cáo»)`;
  const sheets: DocSheet[] = template.appendix.groups.map((group) => ({
    name: shortSheetName(group.title),
    unit: unitName,
    title: oneLine(group.title).toLocaleUpperCase('vi'),
    subtitles: [oneLine(campaign.title), `Số liệu theo đơn vị ${periodsPhrase(template.appendix.periods)}`, basis, reference],
    table: unitTable(`sheet.${group.id}`, undefined, groupColumns(template, group, template.appendix.periods), units),
    notes: [],
  }));
  sheets.push({
    name: 'Hoạt động theo đơn vị',
    unit: unitName,
    title: 'KẾT QUẢ HOẠT ĐỘNG THEO ĐƠN VỊ',
    subtitles: [oneLine(campaign.title), basis, reference],
    table: unitTable('sheet.activities', undefined, activitySections(template).flatMap((s) => s.columns), units),
    notes: [],
  });
  sheets.push({
    name: 'Tình hình gửi báo cáo',
    unit: unitName,
    title: 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ',
    subtitles: [oneLine(campaign.title), coverageLine(aggregate).replace(/; tình hình.*$/, '.')],
    table: statusTable(aggregate, true),
    notes: aggregate.notes,
  });
  return sheets;
}

/**
 * The charts a reader looks at first: who has sent, the programme's main rate by unit at the summary
 * date, and its change between the points in time (when the campaign has more than one).
 */
export function provinceCharts(input: ProvinceReportInput): DocChart[] {
  const { template } = input.campaign;
  const agg = input.aggregate;
  const specs: ChartSpec[] = [statusChart(agg, 'Tình hình gửi báo cáo của các đơn vị')];
  const indicator = defaultIndicator(template, aggregationPlan(template).sizeIndicator);
  if (indicator && agg.counts.counted > 0) {
    specs.push(unitChart(agg, template, indicator, lastPeriod(template.appendix)));
    const change = changeChart(agg, template, indicator, template.appendix.periods);
    if (change) specs.push(change);
  }
  return specs.map((spec, i) => ({ caption: `Biểu đồ ${i + 1}. ${spec.title}`, spec, description: describeChart(spec), table: chartTable(spec) }));
}

export function buildProvinceDocument(input: ProvinceReportInput): ReportDocument {
  const base = buildReportDocument(input);
  const units: UnitFigures[] = input.aggregate.units.filter((u) => u.counted).map((u) => ({ code: u.unitCode, name: u.unitName, values: u.values }));
  const appendix = base.appendix;
  const unitName = oneLine(input.profile.unit.name);
  return {
    ...base,
    appendix: appendix && {
      ...appendix,
      tables: [...appendix.tables, ...appendixTables(input, units)],
      notes: [...appendix.notes, ...noteBlocks(input.aggregate)],
      charts: provinceCharts(input),
    },
    workbook: [...base.workbook, ...workbookSheets(input, units, unitName, appendix?.reference ?? '')],
  };
}
