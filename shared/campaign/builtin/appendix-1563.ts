// Phụ lục số liệu: the team profile at programme start (10/2019) and at the summary (5/2023).
import type { AppendixDef, IndicatorDef } from '../model';

const input = (id: string, label: string, unit = 'người', level: 0 | 1 = 1): IndicatorDef => ({
  id,
  label,
  unit,
  aggregate: { kind: 'sum' },
  level,
});

const rate = (id: string, label: string, numerator: string, denominator: string): IndicatorDef => ({
  id,
  label,
  unit: '%',
  aggregate: { kind: 'ratio', numerator, denominator },
  level: 1,
});

export const appendix1563: AppendixDef = {
  title: 'Phụ lục số liệu đội ngũ chủ tịch công đoàn cơ sở ngoài khu vực nhà nước',
  guidance: [
    'Ghi số liệu tại hai thời điểm: khi bắt đầu Chương trình (tháng 10/2019) và khi tổng kết (tháng 5/2023). Số liệu lấy từ phần mềm quản lý đoàn viên, sổ theo dõi tổ chức và hồ sơ cán bộ công đoàn.',
    'T là tổng số chủ tịch CĐCS ngoài khu vực nhà nước. Mỗi cách chia (độ tuổi, trình độ học vấn, lý luận chính trị, chuyên trách/không chuyên trách) phải cộng lại đúng bằng T.',
    'Các dòng "trong đó" (nữ, đảng viên, kiêm quản lý doanh nghiệp, công nhân trực tiếp sản xuất) không vượt quá T. Nếu một số liệu thay đổi hơn 50% giữa hai thời điểm, phần mềm sẽ hỏi lý do để tỉnh hiểu đúng.',
  ],
  periods: [
    { id: 'start', label: 'Tháng 10/2019', month: '2019-10' },
    { id: 'end', label: 'Tháng 5/2023', month: '2023-05' },
  ],
  groups: [
    {
      id: 'org',
      title: 'Tổ chức công đoàn cơ sở ngoài khu vực nhà nước',
      indicators: [
        input('unions', 'Số CĐCS ngoài khu vực nhà nước', 'CĐCS', 0),
        input('members', 'Số đoàn viên công đoàn', 'người', 0),
      ],
    },
    {
      id: 'chairs',
      title: 'Đội ngũ chủ tịch CĐCS',
      indicators: [
        input('chairs', 'Tổng số chủ tịch CĐCS (T)', 'người', 0),
        input('women', 'Trong đó: nữ'),
        rate('women_rate', 'Tỷ lệ nữ', 'women', 'chairs'),
        input('party', 'Trong đó: đảng viên'),
        rate('party_rate', 'Tỷ lệ đảng viên', 'party', 'chairs'),
        input('managers', 'Trong đó: đồng thời là người quản lý doanh nghiệp'),
        input('workers', 'Trong đó: là công nhân trực tiếp sản xuất'),
      ],
    },
    {
      id: 'age',
      title: 'Chia theo độ tuổi',
      indicators: [
        input('age_u35', 'Dưới 35 tuổi'),
        input('age_35_50', 'Từ 35 đến 50 tuổi'),
        input('age_o50', 'Trên 50 tuổi'),
      ],
    },
    {
      id: 'education',
      title: 'Chia theo trình độ học vấn, chuyên môn',
      indicators: [
        input('edu_secondary', 'Trung học phổ thông trở xuống'),
        input('edu_vocational', 'Trung cấp, cao đẳng'),
        input('edu_university', 'Đại học'),
        input('edu_postgrad', 'Sau đại học'),
      ],
    },
    {
      id: 'theory',
      title: 'Chia theo trình độ lý luận chính trị',
      indicators: [
        input('theory_none', 'Chưa qua đào tạo'),
        input('theory_elementary', 'Sơ cấp'),
        input('theory_intermediate', 'Trung cấp'),
        input('theory_advanced', 'Cao cấp, cử nhân'),
      ],
    },
    {
      id: 'role',
      title: 'Chia theo chế độ làm việc',
      indicators: [input('fulltime', 'Chuyên trách'), input('parttime', 'Không chuyên trách')],
    },
  ],
};
