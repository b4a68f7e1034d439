// Vietnamese text of backups (Settings). Merged into the catalog in vi.ts.
export const viBackup = {
  'recovery.title': 'Dữ liệu bị hỏng',
  'recovery.help':
    'TongKet không ghi gì vào tệp dữ liệu bị hỏng. Hãy khôi phục bản sao lưu gần nhất dưới đây (thường là bản tự động hằng ngày); tệp hỏng vẫn được giữ lại trong thư mục sao lưu.',
  'backup.title': 'Sao lưu và khôi phục',
  'backup.help':
    'Bản sao lưu chứa toàn bộ dữ liệu: báo cáo, lịch sử sửa, các gói đã nhận và khóa ký (luôn ở dạng đã mã hóa). Phần mềm tự sao lưu mỗi ngày và trước mỗi lần nâng cấp. Để chuyển sang máy mới, chép một bản sao lưu sang máy đó rồi khôi phục.',
  'backup.now': 'Sao lưu ngay',
  'backup.made': 'Đã sao lưu và kiểm tra: {name} ({size}).',
  'backup.restored': 'Đã khôi phục dữ liệu từ {name}. Dữ liệu trước đó được giữ thành một bản sao lưu.',
  'backup.list': 'Các bản sao lưu trên máy này',
  'backup.none': 'Chưa có bản sao lưu nào.',
  'backup.when': 'Thời điểm',
  'backup.kind': 'Loại',
  'backup.kind.hang-ngay': 'Tự động hằng ngày',
  'backup.kind.truoc-nang-cap': 'Trước khi nâng cấp',
  'backup.kind.truoc-khoi-phuc': 'Trước khi khôi phục',
  'backup.kind.thu-cong': 'Sao lưu thủ công',
  'backup.kind.hong': 'Bản hỏng được giữ lại',
  'backup.file': 'Tệp',
  'backup.size': 'Dung lượng',
  'backup.actions': 'Thao tác',
  'backup.restore': 'Khôi phục',
  'backup.restoreLabel': 'Khôi phục bản sao lưu {name}',
  'backup.confirm': 'Thay dữ liệu hiện tại bằng bản này?',
  'backup.restoreYes': 'Khôi phục',
} as const;
