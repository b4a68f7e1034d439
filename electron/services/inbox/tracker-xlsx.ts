// The tracker as an XLSX workbook for the office's records and meetings: one row per expected unit with
// its status, revision, signer, time received (and how it was established) and days against the deadline; a count per status with
// COUNTIF formulas (so that a status corrected by hand is counted again); frozen header, filter, and
// an A4 landscape print setup. Dates are real Excel dates in Vietnam's wall-clock time.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { TrackerExport, TrackerRow } from '../../../shared/api/inbox-types';
import { formatDateTime } from '../../../shared/format/vi';
import { daysToSpare, RECEIVED_BASIS_UNKNOWN_VI, RECEIVED_BASIS_VI, TRACKER_STATUSES, TRACKER_STATUS_VI } from '../../../shared/inbox/tracker-labels';
import type { ServiceContext } from '../context';
import { safeText } from '../documents/safe-text';
import { writeFileAtomic } from '../fs/atomic-write';
import { requireProfile } from '../handlers/profile-handlers';
import { trackerRows } from './tracker';

const FONT = 'Times New Roman';
const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_ROW = 5;
/** Excel has no time zones: an instant is written as the wall-clock time in Vietnam (UTC+7, no DST). */
const VN_OFFSET_MS = 7 * 3_600_000;

const COLUMNS: { header: string; width: number }[] = [
  { header: 'TT', width: 5 },
  { header: 'Mã đơn vị', width: 17 },
  { header: 'Đơn vị', width: 28 },
  { header: 'Trạng thái', width: 14 },
  { header: 'Lần gửi', width: 8 },
  { header: 'Người ký', width: 26 },
  { header: 'Thời điểm nhận', width: 17 },
  { header: 'Cách xác định thời điểm nhận', width: 24 },
  { header: 'Hạn gửi', width: 11 },
  { header: 'Số ngày so với hạn (âm: trễ/quá hạn)', width: 15 },
  { header: 'Ý kiến khi trả lại / chấp nhận', width: 34 },
];

const wallClock = (iso: string): Date => new Date(Date.parse(iso) + VN_OFFSET_MS);
const dateOnly = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

/** How the time received was established, and a warning when the package says it was made later. */
function receivedNote(r: TrackerRow): string | null {
  if (!r.receivedAt) return null;
  const basis = r.receivedBasis ? RECEIVED_BASIS_VI[r.receivedBasis] : RECEIVED_BASIS_UNKNOWN_VI;
  return r.createdAfterReceived ? `${basis}. Chú ý: gói ghi lập sau thời điểm nhận` : basis;
}

function writeRow(sheet: ExcelJS.Worksheet, at: number, index: number, r: TrackerRow): void {
  const row = sheet.getRow(at);
  row.values = [
    index,
    r.unitCode,
    safeText(r.unitName),
    TRACKER_STATUS_VI[r.status],
    r.revision,
    r.signer ? safeText(r.signer) : null,
    r.receivedAt ? wallClock(r.receivedAt) : null,
    receivedNote(r),
    r.deadline ? dateOnly(r.deadline) : null,
    daysToSpare(r),
    r.comment ? safeText(r.comment) : null,
  ];
  row.getCell(7).numFmt = 'dd/mm/yyyy hh:mm';
  row.getCell(9).numFmt = 'dd/mm/yyyy';
  row.getCell(10).numFmt = '+0;-0;0';
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.border = BORDER;
    cell.font = { name: FONT, size: 12 };
    cell.alignment = { vertical: 'top', wrapText: col === 3 || col === 6 || col === 8 || col === 11, horizontal: col === 1 || col === 5 ? 'center' : undefined };
  });
}

export async function trackerWorkbook(rows: TrackerRow[], title: { campaign: string; receiver: string; at: Date }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TongKet';
  wb.created = title.at;
  // The counts are formulas: recomputed on opening, also after a status is corrected by hand.
  wb.calcProperties.fullCalcOnLoad = true;
  const sheet = wb.addWorksheet('Theo dõi', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
  });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  const span = (r: number, text: string, bold: boolean, size: number) => {
    sheet.mergeCells(r, 1, r, COLUMNS.length);
    const cell = sheet.getCell(r, 1);
    cell.value = safeText(text);
    cell.font = { name: FONT, size, bold };
    cell.alignment = { horizontal: 'center' };
  };
  span(1, 'BẢNG THEO DÕI TIẾP NHẬN BÁO CÁO', true, 14);
  span(2, title.campaign, true, 12);
  span(3, `Đơn vị nhận: ${title.receiver} — lập lúc ${formatDateTime(title.at)}`, false, 12);

  const header = sheet.getRow(HEADER_ROW);
  header.values = COLUMNS.map((c) => c.header);
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF8' } };
  });
  rows.forEach((r, i) => writeRow(sheet, HEADER_ROW + 1 + i, i + 1, r));
  const last = HEADER_ROW + Math.max(rows.length, 1);
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: last, column: COLUMNS.length } };
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;

  // The count per status, under the table.
  let at = last + 2;
  sheet.getCell(at, 3).value = 'Tổng hợp theo trạng thái';
  sheet.getCell(at, 3).font = { name: FONT, size: 12, bold: true };
  for (const status of TRACKER_STATUSES) {
    at += 1;
    const label = TRACKER_STATUS_VI[status];
    sheet.getCell(at, 3).value = label;
    sheet.getCell(at, 4).value = { formula: `COUNTIF($D$${HEADER_ROW + 1}:$D$${last},"${label}")`, result: rows.filter((r) => r.status === status).length };
    for (const col of [3, 4]) {
      sheet.getCell(at, col).font = { name: FONT, size: 12 };
      sheet.getCell(at, col).border = BORDER;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Compact local time for the file name: 20230515-0930. */
const stamp = (at: Date): string => wallClock(at.toISOString()).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

export async function exportTrackerXlsx(ctx: ServiceContext, folder: string): Promise<TrackerExport> {
  const profile = requireProfile(ctx);
  const campaign = ctx.campaigns.get(profile.campaignId);
  const rows = trackerRows(ctx);
  const at = ctx.clock();
  const bytes = await trackerWorkbook(rows, { campaign: campaign.title, receiver: profile.unit.name, at });
  const fileName = `theo-doi-nhan-bao-cao_${campaign.id}_${stamp(at)}.xlsx`;
  const path = join(folder, fileName);
  writeFileAtomic(path, bytes);
  return { fileName, path, rows: rows.length };
}
