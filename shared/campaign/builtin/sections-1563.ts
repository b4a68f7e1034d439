// The ten sections of the Programme 1563 summary, titles exactly as in section II of Plan 447/KH-LĐLĐ.
// Structured fields are our reading of the plan (the confederation's appendix forms were not available):
// they live here, as data, so that they are easy to change.
import type { Aggregation, FieldDef, SectionDef } from '../model';

const SUM: Aggregation = { kind: 'sum' };
const NARRATIVE_MAX = 30_000;
const COUNT_MAX = 10_000_000;

const narrative = (key: string, label: string, help?: string): FieldDef => ({
  kind: 'narrative',
  key,
  label,
  maxLength: NARRATIVE_MAX,
  ...(help ? { help } : {}),
});

const count = (key: string, label: string, unit: string, sentence?: string): FieldDef => ({
  kind: 'integer',
  key,
  label,
  unit,
  max: COUNT_MAX,
  aggregate: SUM,
  ...(sentence ? { sentence } : {}),
});

export const sections1563: SectionDef[] = [
  {
    id: 's1',
    number: 1,
    title: 'Kết quả thực hiện các chỉ tiêu của Chương trình',
    guidance: [
      'Ghi từng chỉ tiêu mà Kế hoạch số 133/KH-LĐLĐ (hoặc kế hoạch thực hiện của đơn vị) đã giao, đúng tên và đơn vị tính như trong kế hoạch.',
      'Cột "Chỉ tiêu" là con số kế hoạch giao; cột "Kết quả" là con số thực tế đạt được đến tháng 5/2023. Phần mềm tự tính tỷ lệ và ghi "Đạt" hoặc "Không đạt".',
      'Số liệu lấy từ sổ theo dõi tổ chức, báo cáo 6 tháng và báo cáo năm của đơn vị từ 2019 đến 2023. Các dòng gợi ý có thể sửa, xóa hoặc thêm dòng mới.',
      'Trong phần nhận xét, nêu ngắn gọn chỉ tiêu nào vượt, chỉ tiêu nào chưa đạt và lý do chính.',
    ],
    fields: [
      {
        kind: 'table',
        key: 's1.targets',
        label: 'Bảng chỉ tiêu',
        sentence: 'Kết quả thực hiện các chỉ tiêu như sau:',
        itemLabel: 'chỉ tiêu',
        maxRows: 50,
        columns: [
          { id: 'name', label: 'Tên chỉ tiêu', kind: 'text', maxLength: 500, required: true },
          { id: 'unit', label: 'Đơn vị tính', kind: 'text', maxLength: 30 },
          { id: 'target', label: 'Chỉ tiêu', kind: 'number', integer: false },
          { id: 'achieved', label: 'Kết quả', kind: 'number', integer: false },
        ],
        computed: [
          { id: 'rate', label: 'Tỷ lệ đạt (%)', kind: 'rate', numerator: 'achieved', denominator: 'target' },
          { id: 'status', label: 'Đánh giá', kind: 'status', numerator: 'achieved', denominator: 'target' },
        ],
        suggestedRows: [
          { name: 'Chủ tịch CĐCS ngoài khu vực nhà nước được tập huấn, bồi dưỡng nghiệp vụ công tác công đoàn', unit: '%', target: null, achieved: null },
          { name: 'Chủ tịch CĐCS mới được bầu được bồi dưỡng nghiệp vụ trong năm đầu nhiệm kỳ', unit: '%', target: null, achieved: null },
          { name: 'Chủ tịch CĐCS được giới thiệu cho Đảng xem xét, bồi dưỡng kết nạp', unit: 'người', target: null, achieved: null },
          { name: 'Chủ tịch CĐCS được kết nạp vào Đảng', unit: 'người', target: null, achieved: null },
        ],
      },
      narrative('s1.narrative', 'Nhận xét kết quả thực hiện chỉ tiêu'),
    ],
  },
  {
    id: 's2',
    number: 2,
    title: 'Công tác chỉ đạo, triển khai thực hiện Chương trình',
    guidance: [
      'Nêu đơn vị đã quán triệt, cụ thể hóa Chương trình 1563 và Kế hoạch 133 như thế nào: ban hành văn bản gì, giao nhiệm vụ cho ai, lồng ghép vào nghị quyết, chương trình công tác năm ra sao.',
      'Liệt kê các văn bản chính đã ban hành (số, ký hiệu, ngày, trích yếu) trong bảng dưới; chỉ cần các văn bản quan trọng, không cần liệt kê công văn hành chính.',
      'Số hội nghị triển khai và số cuộc kiểm tra, giám sát lấy từ sổ theo dõi hội nghị và kế hoạch kiểm tra hằng năm của đơn vị, cộng dồn từ 10/2019 đến 5/2023.',
    ],
    fields: [
      narrative('s2.narrative', 'Nội dung chỉ đạo, triển khai'),
      {
        kind: 'table',
        key: 's2.documents',
        label: 'Văn bản chỉ đạo đã ban hành',
        sentence: 'Đã ban hành {value} văn bản chỉ đạo, triển khai thực hiện Chương trình:',
        itemLabel: 'văn bản',
        maxRows: 200,
        columns: [
          { id: 'number', label: 'Số, ký hiệu', kind: 'text', maxLength: 60, required: true },
          { id: 'date', label: 'Ngày ban hành', kind: 'date' },
          { id: 'summary', label: 'Trích yếu nội dung', kind: 'text', maxLength: 500 },
        ],
      },
      count('s2.conferences', 'Số hội nghị quán triệt, triển khai Chương trình', 'hội nghị', 'Tổ chức {value} hội nghị quán triệt, triển khai Chương trình.'),
      count('s2.inspections', 'Số cuộc kiểm tra, giám sát việc thực hiện Chương trình', 'cuộc', 'Thực hiện {value} cuộc kiểm tra, giám sát việc thực hiện Chương trình.'),
    ],
  },
  {
    id: 's3',
    number: 3,
    title: 'Công tác tuyên truyền, nâng cao nhận thức cho đội ngũ chủ tịch công đoàn cơ sở ngoài khu vực nhà nước',
    guidance: [
      'Nêu nội dung đã tuyên truyền (Chương trình 1563, chức năng, nhiệm vụ của chủ tịch CĐCS, pháp luật lao động, công đoàn…) và cách làm đã có hiệu quả.',
      'Số buổi tuyên truyền và số lượt người tham dự cộng dồn cả giai đoạn, lấy từ báo cáo công tác tuyên giáo hằng năm. Một người dự 3 buổi thì tính 3 lượt.',
      'Đánh dấu các hình thức đã dùng; nếu có hình thức khác, ghi rõ ở ô bên dưới.',
    ],
    fields: [
      narrative('s3.narrative', 'Nội dung, cách làm tuyên truyền'),
      count('s3.sessions', 'Số buổi tuyên truyền, phổ biến', 'buổi', 'Tổ chức {value} buổi tuyên truyền, phổ biến.'),
      count('s3.participants', 'Số lượt người tham dự', 'lượt người', 'Tổng số lượt người tham dự: {value} lượt người.'),
      {
        kind: 'choices',
        key: 's3.forms',
        label: 'Hình thức tuyên truyền đã sử dụng',
        sentence: 'Các hình thức tuyên truyền đã sử dụng: {value}.',
        options: [
          { id: 'conference', label: 'Hội nghị' },
          { id: 'training', label: 'Lớp tập huấn' },
          { id: 'bulletin', label: 'Bản tin, tài liệu' },
          { id: 'website', label: 'Trang thông tin điện tử' },
          { id: 'social', label: 'Mạng xã hội, Zalo' },
          { id: 'other', label: 'Hình thức khác' },
        ],
      },
      { kind: 'text', key: 's3.forms_other', label: 'Hình thức khác (ghi rõ)', maxLength: 300, optional: true, sentence: 'Hình thức khác: {value}.' },
    ],
  },
  {
    id: 's4',
    number: 4,
    title: 'Việc lựa chọn đội ngũ chủ tịch công đoàn cơ sở thực sự là thủ lĩnh của đoàn viên, người lao động',
    guidance: [
      'Nêu cách đơn vị phát hiện, giới thiệu nhân sự chủ tịch CĐCS: tiêu chuẩn áp dụng, việc lấy ý kiến đoàn viên, phối hợp với chủ doanh nghiệp, hướng dẫn đại hội CĐCS.',
      'Có thể nêu số CĐCS đã tổ chức đại hội trong giai đoạn, số chủ tịch được bầu trực tiếp tại đại hội, các trường hợp phải thay thế chủ tịch và lý do.',
      'Một câu trả lời tốt có ví dụ cụ thể: một doanh nghiệp, một chủ tịch đã thực sự đại diện, bảo vệ người lao động.',
    ],
    fields: [narrative('s4.narrative', 'Việc lựa chọn đội ngũ chủ tịch CĐCS')],
  },
  {
    id: 's5',
    number: 5,
    title: 'Công tác đào tạo, bồi dưỡng nâng cao năng lực đội ngũ chủ tịch công đoàn cơ sở ngoài khu vực nhà nước',
    guidance: [
      'Nêu nội dung, hình thức bồi dưỡng (tập huấn tập trung, trực tuyến, cầm tay chỉ việc…), tài liệu đã dùng và kết quả sau bồi dưỡng.',
      'Số lớp và số lượt người học cộng dồn từ 10/2019 đến 5/2023. Một chủ tịch học 2 lớp tính 2 lượt, nên số lượt luôn lớn hơn hoặc bằng số chủ tịch đã được bồi dưỡng.',
      'Số chủ tịch đã được bồi dưỡng chỉ tính những người đang là chủ tịch vào tháng 5/2023, mỗi người một lần; số này không vượt quá tổng số chủ tịch (T) tại tháng 5/2023 ở Phụ lục.',
      'Kinh phí ghi bằng đồng, gồm mọi nguồn đã chi cho các lớp bồi dưỡng (tài chính công đoàn, hỗ trợ của cấp trên, xã hội hóa).',
    ],
    fields: [
      narrative('s5.narrative', 'Nội dung, hình thức, kết quả đào tạo, bồi dưỡng'),
      count('s5.courses', 'Số lớp đào tạo, bồi dưỡng đã tổ chức', 'lớp', 'Tổ chức {value} lớp đào tạo, bồi dưỡng.'),
      count('s5.participations', 'Số lượt chủ tịch CĐCS tham gia học', 'lượt người', 'Có {value} lượt chủ tịch CĐCS tham gia học.'),
      count(
        's5.chairs_trained',
        'Số chủ tịch CĐCS (đương nhiệm 5/2023) đã được bồi dưỡng ít nhất một lần',
        'người',
        'Có {value} chủ tịch CĐCS đương nhiệm đã được bồi dưỡng ít nhất một lần.',
      ),
      {
        kind: 'money',
        key: 's5.spending',
        label: 'Kinh phí đào tạo, bồi dưỡng',
        unit: 'đồng',
        max: 1_000_000_000_000,
        aggregate: SUM,
        sentence: 'Tổng kinh phí đào tạo, bồi dưỡng: {value} đồng.',
      },
    ],
  },
  {
    id: 's6',
    number: 6,
    title: 'Công tác bảo vệ và quan tâm thực hiện chính sách đối với chủ tịch công đoàn cơ sở',
    guidance: [
      'Nêu việc chi phụ cấp trách nhiệm, hỗ trợ hoạt động cho chủ tịch CĐCS từ nguồn tài chính công đoàn, và việc thăm hỏi, động viên.',
      'Nêu các vụ việc chủ tịch CĐCS bị xâm phạm quyền lợi (bị điều chuyển, kỷ luật, chấm dứt hợp đồng…) vì làm công tác công đoàn, cách công đoàn cấp trên đã can thiệp và kết quả.',
      'Số vụ can thiệp thành công không vượt quá số vụ việc phát sinh. Số chủ tịch được hưởng phụ cấp tính tại tháng 5/2023.',
    ],
    fields: [
      narrative('s6.narrative', 'Công tác bảo vệ, thực hiện chính sách'),
      count('s6.allowance', 'Số chủ tịch CĐCS được hưởng phụ cấp từ nguồn tài chính công đoàn (tại 5/2023)', 'người', 'Có {value} chủ tịch CĐCS được hưởng phụ cấp từ nguồn tài chính công đoàn.'),
      count('s6.infringed', 'Số vụ việc chủ tịch CĐCS bị xâm phạm quyền lợi do làm công tác công đoàn', 'vụ việc', 'Phát sinh {value} vụ việc chủ tịch CĐCS bị xâm phạm quyền lợi do làm công tác công đoàn.'),
      count('s6.interventions', 'Số vụ việc công đoàn cấp trên can thiệp thành công', 'vụ việc', 'Công đoàn cấp trên đã can thiệp thành công {value} vụ việc.'),
      count('s6.commended', 'Số lượt chủ tịch CĐCS được khen thưởng', 'lượt người', 'Có {value} lượt chủ tịch CĐCS được khen thưởng.'),
    ],
  },
  {
    id: 's7',
    number: 7,
    title:
      'Công tác phát hiện, giới thiệu cho Đảng xem xét bồi dưỡng kết nạp chủ tịch công đoàn cơ sở ngoài khu vực nhà nước vào Đảng',
    guidance: [
      'Nêu cách đơn vị phối hợp với cấp ủy để phát hiện, giới thiệu chủ tịch CĐCS ưu tú cho Đảng xem xét, và những khó khăn ở doanh nghiệp chưa có tổ chức Đảng.',
      'Số giới thiệu và số được kết nạp cộng dồn từ 10/2019 đến 5/2023; số được kết nạp không vượt quá số đã giới thiệu.',
    ],
    fields: [
      narrative('s7.narrative', 'Công tác giới thiệu chủ tịch CĐCS cho Đảng'),
      count('s7.introduced', 'Số chủ tịch CĐCS được giới thiệu cho Đảng xem xét, bồi dưỡng kết nạp', 'người', 'Đã giới thiệu {value} chủ tịch CĐCS cho Đảng xem xét, bồi dưỡng kết nạp.'),
      count('s7.admitted', 'Số chủ tịch CĐCS được kết nạp vào Đảng', 'người', 'Có {value} chủ tịch CĐCS đã được kết nạp vào Đảng.'),
    ],
  },
  {
    id: 's8',
    number: 8,
    title: 'Đánh giá ưu điểm, tồn tại hạn chế và nguyên nhân',
    guidance: [
      'Ưu điểm: những việc đã làm được, có số liệu hoặc ví dụ minh chứng; tránh nhắc lại nguyên văn các mục trên.',
      'Tồn tại, hạn chế: nêu thẳng thắn, cụ thể (chỉ tiêu nào chưa đạt, khâu nào còn yếu).',
      'Nguyên nhân: tách nguyên nhân khách quan (doanh nghiệp nhỏ, lao động biến động, chủ doanh nghiệp chưa ủng hộ…) và nguyên nhân chủ quan (từ phía công đoàn các cấp).',
    ],
    fields: [
      narrative('s8.strengths', 'Ưu điểm'),
      narrative('s8.limitations', 'Tồn tại, hạn chế'),
      narrative('s8.causes_objective', 'Nguyên nhân khách quan'),
      narrative('s8.causes_subjective', 'Nguyên nhân chủ quan'),
    ],
  },
  {
    id: 's9',
    number: 9,
    title: 'Bài học kinh nghiệm',
    guidance: [
      'Mỗi bài học một dòng, viết thành câu hoàn chỉnh, rút ra từ thực tế của đơn vị (ví dụ: "Phải có sự lãnh đạo của cấp ủy và sự đồng thuận của chủ doanh nghiệp").',
      'Thường 3 đến 5 bài học là đủ; ưu tiên những điều đơn vị khác có thể áp dụng.',
    ],
    fields: [
      {
        kind: 'table',
        key: 's9.lessons',
        label: 'Bài học kinh nghiệm',
        itemLabel: 'bài học',
        maxRows: 30,
        columns: [{ id: 'text', label: 'Bài học', kind: 'text', maxLength: 2_000, required: true }],
      },
    ],
  },
  {
    id: 's10',
    number: 10,
    title:
      'Định hướng công tác xây dựng đội ngũ chủ tịch công đoàn cơ sở khu vực ngoài nhà nước đáp ứng yêu cầu trong tình hình mới',
    guidance: [
      'Định hướng: những việc đơn vị sẽ làm trong giai đoạn tới để xây dựng đội ngũ chủ tịch CĐCS ngoài khu vực nhà nước.',
      'Đề xuất, kiến nghị: ghi riêng điều đề nghị LĐLĐ tỉnh và điều đề nghị Tổng LĐLĐ Việt Nam (chính sách, kinh phí, tài liệu, cơ chế bảo vệ…).',
      'Đề nghị khen thưởng (nếu có): họ tên, chức vụ, đơn vị và thành tích tiêu biểu của từng cá nhân.',
    ],
    fields: [
      narrative('s10.orientations', 'Định hướng trong tình hình mới'),
      narrative('s10.recommend_province', 'Đề xuất, kiến nghị với LĐLĐ tỉnh'),
      narrative('s10.recommend_confederation', 'Đề xuất, kiến nghị với Tổng LĐLĐ Việt Nam'),
      {
        kind: 'table',
        key: 's10.commendations',
        label: 'Đề nghị khen thưởng',
        sentence: 'Đề nghị khen thưởng {value} cá nhân có thành tích tiêu biểu:',
        itemLabel: 'cá nhân',
        optional: true,
        maxRows: 100,
        columns: [
          { id: 'name', label: 'Họ và tên', kind: 'text', maxLength: 100, required: true },
          { id: 'position', label: 'Chức vụ', kind: 'text', maxLength: 200 },
          { id: 'unit', label: 'Đơn vị', kind: 'text', maxLength: 300 },
          { id: 'achievement', label: 'Thành tích', kind: 'text', maxLength: 2_000 },
        ],
      },
    ],
  },
];
