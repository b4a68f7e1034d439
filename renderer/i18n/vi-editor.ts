// Texts added for the editor's issue 13 (English completeness, kept refusals, leaving a page): their own
// block, so that the other catalogues stay as they are.
export const viEditor = {
  'aggregate.status.counted': 'Đã tính',
  'aggregate.status.missing': 'Chưa nhận',
  'aggregate.status.held': 'Tạm giữ',
  'aggregate.status.not-accepted': 'Chưa chấp nhận',
  'aggregate.status.conflict': 'Xung đột',
  'aggregate.status.invalid': 'Số liệu lỗi',
  'aggregate.status.template': 'Khác mẫu',
  'aggregate.status.unexpected': 'Ngoài danh sách',
  'aggregate.basis.accepted': 'bản đã được chấp nhận',
  'aggregate.basis.received': 'bản mới nhận',
} as const;
