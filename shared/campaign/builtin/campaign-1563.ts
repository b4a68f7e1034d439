// The built-in campaign: the written summary of Programme 1563/CTr-TLĐ under Plan 447/KH-LĐLĐ (Lai Châu).
import type { CampaignDef } from '../model';
import { appendix1563 } from './appendix-1563';
import { buildRules1563 } from './rules-1563';
import { sections1563 } from './sections-1563';

export const CAMPAIGN_1563_ID = '1563-TK-2023';

export const campaign1563: CampaignDef = {
  id: CAMPAIGN_1563_ID,
  title: 'Tổng kết Chương trình 1563/CTr-TLĐ (2019–2023)',
  summaryLine:
    'Tổng kết Chương trình số 1563/CTr-TLĐ ngày 09/10/2019 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam và Kế hoạch số 133/KH-LĐLĐ ngày 13/12/2019 của Ban Thường vụ Liên đoàn Lao động tỉnh về “Xây dựng đội ngũ chủ tịch công đoàn cơ sở ngoài khu vực nhà nước đủ năng lực, phẩm chất, đáp ứng yêu cầu, nhiệm vụ”',
  opening:
    'Thực hiện Kế hoạch số 447/KH-LĐLĐ ngày 17/5/2023 của Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu về tổng kết Chương trình số 1563/CTr-TLĐ ngày 09/10/2019 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam và Kế hoạch số 133/KH-LĐLĐ ngày 13/12/2019 của Ban Thường vụ Liên đoàn Lao động tỉnh, {unit} báo cáo kết quả thực hiện như sau:',
  closing:
    'Trên đây là báo cáo tổng kết Chương trình số 1563/CTr-TLĐ và Kế hoạch số 133/KH-LĐLĐ của {unit}./.',
  documents: [
    {
      ref: '1563/CTr-TLĐ',
      date: '2019-10-09',
      issuer: 'Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam',
      title: 'Chương trình xây dựng đội ngũ chủ tịch công đoàn cơ sở ngoài khu vực nhà nước đủ năng lực, phẩm chất, đáp ứng yêu cầu, nhiệm vụ',
    },
    {
      ref: '133/KH-LĐLĐ',
      date: '2019-12-13',
      issuer: 'Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu',
      title: 'Kế hoạch thực hiện Chương trình số 1563/CTr-TLĐ',
    },
    {
      ref: '324/KH-TLĐ',
      date: '2023-05-12',
      issuer: 'Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam',
      title: 'Kế hoạch tổng kết Chương trình số 1563/CTr-TLĐ',
    },
    {
      ref: '447/KH-LĐLĐ',
      date: '2023-05-17',
      issuer: 'Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu',
      title: 'Kế hoạch tổng kết Chương trình số 1563/CTr-TLĐ và Kế hoạch số 133/KH-LĐLĐ',
    },
  ],
  period: { from: '2019-10', to: '2023-05' },
  deadlines: [
    { levelId: 'cd-cap-tren', finish: '2023-05-20', send: '2023-05-22', sendTo: 'Ban TC-KT' },
    {
      levelId: 'ldld-tinh',
      finish: '2023-05-25',
      // The province reports upward under the confederation's Plan 324/KH-TLĐ, on the basis of its units' reports.
      opening:
        'Thực hiện Kế hoạch số 324/KH-TLĐ ngày 12/5/2023 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về tổng kết Chương trình số 1563/CTr-TLĐ ngày 09/10/2019 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam, trên cơ sở báo cáo của Liên đoàn Lao động các huyện, thành phố, Công đoàn ngành, Công đoàn Viên chức tỉnh, {unit} báo cáo kết quả thực hiện như sau:',
      // "Nơi nhận" of Plan 447/KH-LĐLĐ.
      recipients: ['Tổng LĐLĐ Việt Nam', 'Thường trực LĐLĐ tỉnh', 'LĐLĐ các huyện, thành phố, CĐ ngành, CĐVC tỉnh', 'Lưu VT, Ban TC-KT'],
      // The province's own recommendations go to the local Party committee and authorities, not to itself.
      labels: { 's10.recommend_province': 'Đề xuất, kiến nghị với cấp ủy, chính quyền địa phương' },
    },
  ],
  template: {
    id: 'tk-1563',
    version: 1,
    title: 'Đề cương báo cáo tổng kết Chương trình 1563/CTr-TLĐ',
    sections: sections1563,
    appendix: appendix1563,
    rules: buildRules1563(appendix1563),
  },
};
