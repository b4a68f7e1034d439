// A second campaign that shares nothing with Programme 1563: the six-month report of union work of
// 2027, as a province clerk would author it in Excel — one point in time, three sections of its own,
// its own indicators and rules, and expected units that are post-2025 commune and ward unions.
// The workbook is written here with exceljs directly (not with the app's writer), with what Excel
// really produces: a month typed as 06/2027 turned into a date cell, a Vietnamese-style number as text.
// Reusable: the end-to-end tests of issuing and importing campaigns start from this file.
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';

export const UNION_CAMPAIGN_ID = '6T-CD-2027';
export const UNION_TEMPLATE_ID = 'so-ket-6t-2027';
export const UNION_UNITS = ['CDP-TANPHONG', 'CDP-DOANKET', 'CDX-BINHLU'] as const;

type Cell = string | number | Date | null;
export type UnionSheets = Record<string, Cell[][]>;

/** The sheets as a clerk fills them; `overrides` replaces whole sheets for the bad-workbook tests. */
export function unionSheets(overrides: Partial<UnionSheets> = {}): UnionSheets {
  const sheets: UnionSheets = {
    'Đợt báo cáo': [
      ['Mục', 'Giá trị'],
      ['Mã đợt', UNION_CAMPAIGN_ID],
      ['Tên đợt', 'Sơ kết công tác công đoàn 6 tháng đầu năm 2027'],
      ['Dòng trích yếu', 'Sơ kết công tác công đoàn 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2027'],
      ['Mở đầu', 'Thực hiện Kế hoạch số 12/KH-LĐLĐ ngày 15/5/2027 của Ban Thường vụ Liên đoàn Lao động tỉnh, {unit} báo cáo sơ kết công tác 6 tháng đầu năm 2027 như sau:'],
      ['Kết thúc', 'Trên đây là báo cáo sơ kết 6 tháng đầu năm 2027 của {unit}./.'],
      ['Từ tháng', '01/2027'],
      // Excel turns a typed 06/2027 into a date: only month and year are kept.
      ['Đến tháng', new Date(Date.UTC(2027, 5, 1))],
      ['Mã mẫu', UNION_TEMPLATE_ID],
      ['Phiên bản mẫu', 1],
      ['Tên mẫu', 'Đề cương báo cáo sơ kết 6 tháng'],
      ['Lần ban hành', null],
      ['Tiêu đề phụ lục', 'Phụ lục số liệu tổ chức công đoàn và đoàn viên'],
      ['Hướng dẫn phụ lục', 'Số liệu tính đến ngày 30/6/2027.\nLấy từ phần mềm quản lý đoàn viên.'],
    ],
    'Văn bản căn cứ': [
      ['Số, ký hiệu', 'Ngày', 'Cơ quan ban hành', 'Trích yếu'],
      ['12/KH-LĐLĐ', '15/05/2027', 'Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu', 'Kế hoạch sơ kết công tác công đoàn 6 tháng đầu năm 2027'],
    ],
    'Thời hạn': [
      ['Cấp', 'Hoàn thành', 'Gửi cấp trên', 'Bộ phận nhận', 'Mở đầu riêng', 'Nơi nhận'],
      ['cd-cap-tren', '20/06/2027', new Date(Date.UTC(2027, 5, 25)), 'Ban Tổ chức', null, 'LĐLĐ tỉnh (Ban Tổ chức)\nLưu VT'],
      ['ldld-tinh', '30/06/2027', null, null, null, null],
    ],
    Mục: [
      ['Số', 'Tiêu đề', 'Hướng dẫn'],
      [1, 'Tình hình đoàn viên và tổ chức công đoàn', 'Nêu kết quả phát triển đoàn viên, thành lập công đoàn cơ sở.\nSố liệu tính từ 01/01/2027 đến 30/6/2027.'],
      [2, 'Chăm lo đời sống, bảo vệ quyền lợi đoàn viên', 'Các hoạt động hỗ trợ, thăm hỏi; kinh phí từ nguồn công đoàn.'],
      [3, 'Phương hướng nhiệm vụ 6 tháng cuối năm', 'Các nhiệm vụ trọng tâm và kiến nghị.'],
    ],
    Trường: [
      ['Mục', 'Mã', 'Loại', 'Nhãn', 'Đơn vị tính', 'Tối đa', 'Không bắt buộc', 'Gợi ý', 'Câu trong báo cáo', 'Các lựa chọn', 'Tên một dòng', 'Cách tổng hợp', 'Chữ mờ trong ô'],
      [1, 'tinh_hinh', 'đoạn văn', 'Tình hình chung', null, '20.000', null, 'Đánh giá ngắn gọn, có số liệu.', null, null, null, null, 'Ví dụ: Trong 6 tháng, …'],
      [1, 'doan_vien_moi', 'số nguyên', 'Đoàn viên kết nạp mới', 'người', 1000000, null, null, 'Kết nạp mới {value} đoàn viên.', null, null, 'cộng'],
      [1, 'cdcs_moi', 'số nguyên', 'Công đoàn cơ sở thành lập mới', 'CĐCS', null, null, null, 'Thành lập mới {value} công đoàn cơ sở.', null, null, null],
      [2, 'ho_tro', 'tiền', 'Kinh phí hỗ trợ đoàn viên', 'đồng', null, null, null, 'Tổng kinh phí hỗ trợ {value} đồng.', null, null, null],
      [2, 'luot_ho_tro', 'số nguyên', 'Lượt đoàn viên được hỗ trợ', 'lượt', null, null, null, null, null, null, null],
      [2, 'hinh_thuc', 'lựa chọn', 'Hình thức chăm lo', null, null, 'có', null, 'Hình thức: {value}.', 'tham_hoi = Thăm hỏi ốm đau\nmai_am = Mái ấm công đoàn\nkhac = Hình thức khác', null, null],
      [2, 'hoat_dong', 'bảng', 'Các hoạt động chăm lo', null, 20, 'có', null, 'Các hoạt động chính như sau:', null, 'hoạt động', null],
      [3, 'phuong_huong', 'đoạn văn', 'Phương hướng 6 tháng cuối năm', null, null, null, null, null, null, null, null, null],
      [3, 'kien_nghi', 'dòng chữ', 'Kiến nghị với LĐLĐ tỉnh', null, 1000, 'có', null, null, null, null, null],
    ],
    'Cột bảng': [
      ['Trường', 'Mã', 'Nhãn', 'Loại', 'Tối đa', 'Bắt buộc', 'Tử số', 'Mẫu số', 'Đơn vị tính'],
      ['s2.hoat_dong', 'ten', 'Tên hoạt động', 'chữ', 300, 'có', null, null, null],
      ['s2.hoat_dong', 'ngay', 'Ngày', 'ngày', null, null, null, null, null],
      ['s2.hoat_dong', 'ke_hoach', 'Số người theo kế hoạch', 'số nguyên', null, null, null, null, 'người'],
      ['s2.hoat_dong', 'so_nguoi', 'Số người tham gia', 'số nguyên', null, null, null, null, 'người'],
      ['s2.hoat_dong', 'ty_le', 'Tỷ lệ tham gia (%)', 'tỷ lệ', null, null, 'so_nguoi', 'ke_hoach', null],
      ['s2.hoat_dong', 'danh_gia', 'Đánh giá', 'đạt/không đạt', null, null, 'so_nguoi', 'ke_hoach', null],
    ],
    'Dòng gợi ý': [
      ['Trường', 'ten', 'ngay', 'ke_hoach', 'so_nguoi'],
      ['s2.hoat_dong', 'Thăm hỏi đoàn viên ốm đau', null, null, null],
      ['s2.hoat_dong', 'Tháng Công nhân', '01/05/2027', '1.200', null],
    ],
    'Thời điểm': [
      ['Mã', 'Nhãn', 'Tháng'],
      ['cuoi_ky', 'Tháng 6/2027', '06/2027'],
    ],
    'Chỉ tiêu': [
      ['Nhóm', 'Mã', 'Tên', 'Đơn vị tính', 'Bậc', 'Cách tổng hợp', 'Tử số', 'Mẫu số'],
      ['Tổ chức và đoàn viên', 'cdcs', 'Số công đoàn cơ sở', 'CĐCS', 0, null, null, null],
      ['Tổ chức và đoàn viên', 'doan_vien', 'Số đoàn viên', 'người', 0, 'cộng', null, null],
      ['Tổ chức và đoàn viên', 'nu', 'Trong đó: nữ', 'người', 1, null, null, null],
      ['Tổ chức và đoàn viên', 'ty_le_nu', 'Tỷ lệ nữ', '%', 1, 'tỷ lệ', 'nu', 'doan_vien'],
      ['Người lao động', 'lao_dong', 'Số người lao động', 'người', 0, null, null, null],
      ['Người lao động', 'chua_vao', 'Trong đó: chưa là đoàn viên', 'người', 1, null, null, null],
    ],
    'Quy tắc': [
      ['Mã', 'Vế trái', 'So sánh', 'Vế phải', 'Mức', 'Thông báo', 'Ô hiển thị', 'Điều kiện'],
      ['nu_le_doan_vien', 'pl.nu.cuoi_ky', '≤', 'pl.doan_vien.cuoi_ky', 'lỗi', 'Số đoàn viên nữ ({left}) nhiều hơn tổng số đoàn viên ({right}). Hãy sửa lại một trong hai ô.', 'pl.nu.cuoi_ky\npl.doan_vien.cuoi_ky', null],
      ['chua_vao_le_lao_dong', 'pl.chua_vao.cuoi_ky', '<=', 'pl.lao_dong.cuoi_ky', 'lỗi', 'Số người chưa là đoàn viên ({left}) nhiều hơn số người lao động ({right}). Hãy sửa lại.', 'pl.chua_vao.cuoi_ky', null],
      ['moi_le_doan_vien', 's1.doan_vien_moi', '<=', 'pl.doan_vien.cuoi_ky', 'lỗi', 'Số đoàn viên kết nạp mới ({left}) nhiều hơn tổng số đoàn viên ở Phụ lục ({right}). Hãy kiểm tra lại.', 's1.doan_vien_moi\npl.doan_vien.cuoi_ky', null],
      ['lao_dong_khop', 'abs(pl.doan_vien.cuoi_ky + pl.chua_vao.cuoi_ky - pl.lao_dong.cuoi_ky)', '<=', '0.05 * pl.lao_dong.cuoi_ky', 'cảnh báo', 'Đoàn viên cộng người chưa vào công đoàn lệch {left} người so với số người lao động (mức cho phép {right}). Nếu đúng, hãy ghi lý do.', 'pl.lao_dong.cuoi_ky', null],
      ['ho_tro_binh_quan', 's2.ho_tro', '<=', '5000000 * s2.luot_ho_tro', 'cảnh báo', 'Kinh phí hỗ trợ ({left} đồng) bình quân hơn 5 triệu đồng một lượt (mức {right}). Nếu đúng, hãy ghi lý do.', 's2.ho_tro\ns2.luot_ho_tro', 'sum(s2.luot_ho_tro) > 0'],
    ],
    'Đơn vị': [
      ['Mã', 'Tên', 'Tên ngắn', 'Cấp', 'Đơn vị cấp trên', 'Địa danh'],
      ['CDP-TANPHONG', 'Công đoàn phường Tân Phong', 'CĐ phường Tân Phong', 'cd-cap-tren', 'LDLD-LAICHAU', 'Tân Phong'],
      ['CDP-DOANKET', 'Công đoàn phường Đoàn Kết', 'CĐ phường Đoàn Kết', 'cd-cap-tren', 'LDLD-LAICHAU', 'Đoàn Kết'],
      ['CDX-BINHLU', 'Công đoàn xã Bình Lư', 'CĐ xã Bình Lư', 'cd-cap-tren', 'LDLD-LAICHAU', 'Bình Lư'],
    ],
  };
  for (const [name, rows] of Object.entries(overrides)) if (rows) sheets[name] = rows;
  return sheets;
}

/** The sheets as an .xlsx file, as Excel would save them: plain cells, dates as date cells. */
export async function unionWorkbookBytes(sheets: UnionSheets = unionSheets()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((cells, i) => {
      const row = ws.getRow(i + 1);
      cells.forEach((v, j) => {
        if (v === null) return;
        const cell = row.getCell(j + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
    });
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function writeUnionWorkbook(path: string, sheets: UnionSheets = unionSheets()): Promise<void> {
  writeFileSync(path, await unionWorkbookBytes(sheets));
}

/** A filled report of the union campaign for one unit: valid under its rules, the warnings explained. */
export function unionReportValues(scale = 1): Record<string, unknown> {
  return {
    's1.tinh_hinh': 'Trong 6 tháng đầu năm, công đoàn phường tập trung phát triển đoàn viên.',
    's1.doan_vien_moi': 12 * scale,
    's1.cdcs_moi': scale,
    's2.ho_tro': 15_000_000 * scale,
    's2.luot_ho_tro': 30 * scale,
    's3.phuong_huong': 'Tiếp tục phát triển đoàn viên ở các doanh nghiệp mới.',
    'pl.cdcs.cuoi_ky': 8 * scale,
    'pl.doan_vien.cuoi_ky': 420 * scale,
    'pl.nu.cuoi_ky': 180 * scale,
    'pl.lao_dong.cuoi_ky': 520 * scale,
    'pl.chua_vao.cuoi_ky': 100 * scale,
  };
}

/** A confederation's campaign of the union report (324/KH-TLĐ), expected from the province of Lai Châu only: the parent of a derived campaign. */
export function confederationSheets(): UnionSheets {
  const base = unionSheets();
  return unionSheets({
    'Văn bản căn cứ': [base['Văn bản căn cứ']?.[0] ?? [], ['324/KH-TLĐ', '02/05/2027', 'Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam', 'Kế hoạch sơ kết 6 tháng đầu năm 2027']],
    'Thời hạn': [base['Thời hạn']?.[0] ?? [], ['ldld-tinh', '05/07/2027', '10/07/2027', 'Ban Tổ chức', null, 'Tổng Liên đoàn (Ban Tổ chức)\nLưu VT']],
    'Đơn vị': [base['Đơn vị']?.[0] ?? [], ['LDLD-LAICHAU', 'Liên đoàn Lao động tỉnh Lai Châu', 'LĐLĐ tỉnh Lai Châu', 'ldld-tinh', 'TLD', 'Lai Châu']],
  });
}
