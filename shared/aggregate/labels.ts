import type { UnitStatus } from './types';

/** How a unit's status reads in tables, the CLI and the window. */
export const UNIT_STATUS_LABEL: Record<UnitStatus, string> = {
  counted: 'Đã tính',
  missing: 'Chưa nhận',
  held: 'Tạm giữ',
  'not-accepted': 'Chưa chấp nhận',
  conflict: 'Xung đột',
  invalid: 'Số liệu lỗi',
  template: 'Khác mẫu',
  unexpected: 'Ngoài danh sách',
};

export const BASIS_LABEL = { accepted: 'bản đã được chấp nhận', received: 'bản mới nhận' } as const;
