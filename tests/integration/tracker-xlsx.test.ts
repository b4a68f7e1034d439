// The tracker workbook read back: a title, one row per unit with real numbers and dates (Vietnam's
// wall clock), the status counts as COUNTIF formulas, frozen header, filter, A4 landscape.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TrackerRow } from '../../shared/api/inbox-types';
import { trackerWorkbook } from '../../electron/services/inbox/tracker-xlsx';

const base: Omit<TrackerRow, 'unitCode' | 'unitName' | 'status'> = {
  revision: null,
  signer: null,
  receivedAt: null,
  receivedBasis: null,
  createdAfterReceived: false,
  deadline: '2023-05-22',
  daysLeft: 3,
  held: 0,
  conflict: false,
  comment: null,
  keyId: null,
};

describe('tracker XLSX', () => {
  it('writes one row per unit with statuses, real dates and formulas for the counts', async () => {
    const rows: TrackerRow[] = [
      { ...base, unitCode: 'LDLD-TAMDUONG', unitName: 'LĐLĐ huyện Tam Đường', status: 'returned', revision: 2, signer: 'CHỦ TỊCH Lò Văn Pình', receivedAt: '2023-05-21T02:15:00.000Z', receivedBasis: 'mail-server', createdAfterReceived: true, daysLeft: null, comment: 'Bổ sung phụ lục' },
      { ...base, unitCode: 'LDLD-SINHO', unitName: 'LĐLĐ huyện Sìn Hồ', status: 'missing' },
    ];
    const bytes = await trackerWorkbook(rows, { campaign: 'Tổng kết Chương trình 1563', receiver: 'LĐLĐ tỉnh Lai Châu', at: new Date('2023-05-19T03:00:00Z') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
    expect(sheet.getCell('A3').value).toBe('Đơn vị nhận: LĐLĐ tỉnh Lai Châu — lập lúc 19/05/2023 10:00');
    expect(sheet.getRow(5).getCell(7).value).toBe('Thời điểm nhận');
    const tam = sheet.getRow(6);
    expect(tam.getCell(4).value).toBe('Đã trả lại');
    expect(tam.getCell(5).value).toBe(2);
    // 02:15 UTC is 09:15 in Vietnam; the cell shows the office's clock.
    expect((tam.getCell(7).value as Date).toISOString()).toBe('2023-05-21T09:15:00.000Z');
    // How the time was established, and the warning that the package says it was made later.
    expect(sheet.getRow(5).getCell(8).value).toBe('Cách xác định thời điểm nhận');
    expect(tam.getCell(8).value).toBe('theo máy chủ thư của cơ quan (dòng Received trên cùng). Chú ý: gói ghi lập sau thời điểm nhận');
    expect(sheet.getRow(7).getCell(8).value).toBeNull();
    expect(tam.getCell(10).value).toBe(1);
    expect(tam.getCell(11).value).toBe('Bổ sung phụ lục');
    expect(sheet.getRow(7).getCell(10).value).toBe(3);
    const counts = new Map<string, ExcelJS.CellValue>();
    sheet.eachRow((r) => {
      const v = r.getCell(4).value;
      if (typeof v === 'object' && v !== null && 'formula' in v) counts.set(String(r.getCell(3).value), v);
    });
    expect(counts.get('Chưa nhận')).toMatchObject({ formula: 'COUNTIF($D$6:$D$7,"Chưa nhận")', result: 1 });
    expect(counts.get('Đã trả lại')).toMatchObject({ result: 1 });
    expect(counts.get('Đúng hạn')).toMatchObject({ formula: 'COUNTIF($D$6:$D$7,"Đúng hạn")' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
  });
});
