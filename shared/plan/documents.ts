// The plan's own documents as report models, so that the same DOCX/XLSX renderers as every report
// give them the administrative layout (header with the national title, "Số:", date line, signature
// block): the survey report ("Báo cáo kết quả khảo sát"), the conference speakers' list and the
// commendation proposals. Pure: the same input gives the same model.
import type { Profile } from '../api/contract';
import type { CampaignDef } from '../campaign/model';
import { buildHeader, buildSignature, checkIssuedOn } from '../documents/frame';
import type { Block, DocColumn, DocRow, DocSheet, DocTable, ReportDocument } from '../documents/model';
import { lowerFirst, narrativeBlocks, oneLine } from '../documents/text';
import { formatShortDate } from '../format/vi';
import type { CommendationRow, SpeakerCriterion, SpeakerRow, SurveyVisit } from './types';

export interface PlanDocInput {
  campaign: CampaignDef;
  profile: Profile;
  issuedOn: string;
}

const para = (text: string, extra: Partial<{ bold: boolean; italic: boolean }> = {}): Block => ({ kind: 'paragraph', runs: [{ text, ...extra }] });
const textCell = (text: string) => ({ kind: 'text' as const, text });

/** "05/6/2023" or "05/6/2023 – 07/6/2023". */
export const visitDates = (v: Pick<SurveyVisit, 'dateFrom' | 'dateTo'>): string =>
  v.dateFrom === v.dateTo ? formatShortDate(v.dateFrom) : `${formatShortDate(v.dateFrom)} – ${formatShortDate(v.dateTo)}`;

/** The frame every plan document shares: the province's header with the number left to be written by hand. */
function frame(input: PlanDocInput, kind: string, summary: string, recipients: string[]): Pick<ReportDocument, 'info' | 'header' | 'kind' | 'summary' | 'signature'> {
  checkIssuedOn(input.issuedOn);
  const profile: Profile = { ...input.profile, documentNumber: '' };
  const unitName = oneLine(profile.unit.name);
  return {
    info: { title: `${kind.charAt(0)}${kind.slice(1).toLocaleLowerCase('vi')} ${summary}`, author: unitName, subject: oneLine(input.campaign.title), issuedOn: input.issuedOn },
    header: buildHeader(profile, input.issuedOn),
    kind,
    summary,
    signature: buildSignature(input.campaign, profile, recipients),
  };
}

const table = (id: string, columns: DocColumn[], rows: DocRow[], title?: string): DocTable => ({ id, columns, rows, ...(title ? { title } : {}) });

export function buildSurveyDocument(input: PlanDocInput, visits: readonly SurveyVisit[]): ReportDocument {
  const unit = oneLine(input.profile.unit.shortName);
  const units = visits.map((v) => oneLine(v.unitName));
  const schedule = table(
    'survey.schedule',
    [
      { id: 'no', label: 'STT', width: 1, align: 'center' },
      { id: 'unit', label: 'Đơn vị được khảo sát', width: 4, align: 'left' },
      { id: 'dates', label: 'Thời gian', width: 3, align: 'center' },
      { id: 'team', label: 'Thành viên đoàn khảo sát', width: 5, align: 'left' },
    ],
    visits.map((v, i) => ({ kind: 'data', id: `visit-${v.id}`, cells: [textCell(String(i + 1)), textCell(oneLine(v.unitName)), textCell(visitDates(v)), textCell(v.team.map(oneLine).join('; '))] })),
  );
  const findings: Block[] = [];
  visits.forEach((v, i) => {
    findings.push({ kind: 'subheading', text: `2.${i + 1}. ${oneLine(v.unitName)} (${visitDates(v)})` });
    if (oneLine(v.note)) findings.push(...narrativeBlocks(v.note));
    if (v.findings.length === 0) findings.push(para('(chưa ghi kết quả khảo sát tại đơn vị này)', { italic: true }));
    for (const f of v.findings) {
      findings.push(...narrativeBlocks(f.text));
      if (f.fieldLabel) findings.push(para(`(Liên quan đến nội dung: ${oneLine(f.fieldLabel)})`, { italic: true }));
    }
  });
  return {
    ...frame(input, 'BÁO CÁO', `Kết quả khảo sát phục vụ ${lowerFirst(input.campaign.title)}`, [`Thường trực ${unit}`, ...(units.length ? ['Các đơn vị được khảo sát'] : []), 'Lưu: VT']),
    opening: [
      para(
        `Thực hiện kế hoạch ${lowerFirst(input.campaign.title)}, ${unit} đã tổ chức khảo sát, đánh giá việc thực hiện Chương trình tại ${visits.length} đơn vị${units.length ? ` (${units.join(', ')})` : ''}. Kết quả như sau:`,
      ),
    ],
    sections: [
      { id: 'schedule', heading: '1. Thời gian, thành phần đoàn khảo sát', blocks: visits.length ? [{ kind: 'table', table: schedule }] : [para('(chưa có chuyến khảo sát nào)', { italic: true })], empty: visits.length === 0 },
      { id: 'findings', heading: '2. Kết quả khảo sát tại các đơn vị', blocks: findings, empty: findings.length === 0 },
    ],
    closing: [para(`Trên đây là báo cáo kết quả khảo sát việc thực hiện Chương trình của ${unit}./.`)],
    appendix: null,
    workbook: [],
  };
}

const valueCell = (c: SpeakerCriterion, v: number | null) =>
  ({ kind: 'number' as const, value: v, format: c.kind === 'rate' ? ('percent' as const) : Number.isInteger(v ?? 0) ? ('integer' as const) : ('decimal' as const) });

/** The chosen units in rank order, with the criteria's values and the reason for each. */
export function speakersTable(picked: readonly SpeakerCriterion[], rows: readonly SpeakerRow[]): DocTable {
  const chosen = rows.filter((r) => r.chosen);
  return table(
    'speakers',
    [
      { id: 'no', label: 'STT', width: 1, align: 'center' },
      { id: 'unit', label: 'Đơn vị', width: 4, align: 'left' },
      ...picked.map((c, i): DocColumn => ({ id: `c${i}`, label: c.kind === 'rate' ? c.label : `${c.label} (${c.unit})`, width: 2, align: 'right' })),
      { id: 'reason', label: 'Lý do lựa chọn', width: 5, align: 'left' },
    ],
    chosen.map((r, i) => ({
      kind: 'data',
      id: r.unitCode,
      cells: [textCell(String(i + 1)), textCell(oneLine(r.unitName)), ...picked.map((c, j) => valueCell(c, r.values[j] ?? null)), textCell(oneLine(r.reason))],
    })),
  );
}

/** The speakers' list as plain text lines, for a passage of the province's report. */
export function speakersPassage(rows: readonly SpeakerRow[]): string {
  const chosen = rows.filter((r) => r.chosen);
  return [
    `Lựa chọn ${chosen.length} đơn vị thực hiện tốt Chương trình để báo cáo tham luận tại Hội nghị tổng kết:`,
    ...chosen.map((r) => `- ${oneLine(r.unitName)}: ${oneLine(r.reason)}`),
  ].join('\n');
}

export function buildSpeakersDocument(input: PlanDocInput, picked: readonly SpeakerCriterion[], rows: readonly SpeakerRow[]): ReportDocument {
  const unit = oneLine(input.profile.unit.shortName);
  const chosen = rows.filter((r) => r.chosen);
  const criteria = picked.length ? `Tiêu chí xếp hạng (theo thứ tự ưu tiên): ${picked.map((c) => oneLine(c.label)).join('; ')}. Tỷ lệ của mỗi đơn vị tính từ số liệu của chính đơn vị đó.` : '';
  return {
    ...frame(input, 'DANH SÁCH', 'Đơn vị thực hiện tốt Chương trình được lựa chọn báo cáo tham luận tại Hội nghị tổng kết', [`Thường trực ${unit}`, 'Các đơn vị có tên trong danh sách', 'Lưu: VT']),
    opening: [
      para(`Căn cứ kết quả thực hiện Chương trình qua báo cáo tổng kết của các đơn vị, ${unit} lựa chọn ${chosen.length} đơn vị báo cáo tham luận tại Hội nghị ${lowerFirst(input.campaign.title)}.`),
      ...(criteria ? [para(criteria)] : []),
    ],
    sections: [{ id: 'speakers', heading: '', blocks: chosen.length ? [{ kind: 'table', table: speakersTable(picked, rows) }] : [para('(chưa chọn đơn vị nào)', { italic: true })], empty: chosen.length === 0 }],
    closing: [],
    appendix: null,
    workbook: [],
  };
}

const COMMENDATION_COLUMNS: DocColumn[] = [
  { id: 'no', label: 'STT', width: 1, align: 'center' },
  { id: 'name', label: 'Họ và tên', width: 3, align: 'left' },
  { id: 'position', label: 'Chức vụ', width: 3, align: 'left' },
  { id: 'unit', label: 'Đơn vị', width: 3, align: 'left' },
  { id: 'achievement', label: 'Thành tích', width: 6, align: 'left' },
  { id: 'proposedBy', label: 'Đơn vị đề nghị', width: 3, align: 'left' },
];

export function commendationsTable(rows: readonly CommendationRow[]): DocTable {
  return table(
    'commendations',
    COMMENDATION_COLUMNS,
    rows
      .filter((r) => !r.excluded)
      .map((r, i) => ({
        kind: 'data',
        id: r.key,
        cells: [textCell(String(i + 1)), textCell(oneLine(r.name)), textCell(oneLine(r.position)), textCell(oneLine(r.unit)), textCell(oneLine(r.achievement)), textCell(oneLine(r.proposedByName))],
      })),
  );
}

export function buildCommendationsDocument(input: PlanDocInput, rows: readonly CommendationRow[]): ReportDocument {
  const unit = oneLine(input.profile.unit.shortName);
  const t = commendationsTable(rows);
  const sheet: DocSheet = {
    name: 'Đề nghị khen thưởng',
    unit: oneLine(input.profile.unit.name),
    title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    subtitles: [oneLine(input.campaign.title), `Tổng hợp từ đề nghị của các đơn vị (mục 10 báo cáo tổng kết): ${t.rows.length} cá nhân`],
    table: t,
    notes: [],
  };
  return {
    ...frame(input, 'DANH SÁCH', `Cá nhân có thành tích tiêu biểu trong thực hiện Chương trình được đề nghị khen thưởng`, [`Thường trực ${unit}`, 'Ban Chính sách pháp luật và quan hệ lao động', 'Lưu: VT']),
    opening: [para(`Tổng hợp đề nghị khen thưởng của các đơn vị trong báo cáo ${lowerFirst(input.campaign.title)}: ${t.rows.length} cá nhân.`)],
    sections: [{ id: 'commendations', heading: '', blocks: t.rows.length ? [{ kind: 'table', table: t }] : [para('(chưa có đề nghị khen thưởng)', { italic: true })], empty: t.rows.length === 0 }],
    closing: [],
    appendix: null,
    workbook: [sheet],
  };
}
