// Text pasted from Word into a narrative becomes the report's form: a paragraph per line, and bullets
// and numbering as "- " list lines.
import { describe, expect, it } from 'vitest';
import { narrativeFromText } from '../../renderer/components/fields/narrative-paste';

describe('narrative paste (plain text from Word)', () => {
  it('keeps paragraphs one per line and drops the blank lines between them', () => {
    expect(narrativeFromText('Đoạn một.\r\n\r\nĐoạn hai.\r\n')).toBe('Đoạn một.\nĐoạn hai.');
  });

  it('turns bullets and numbering into "- " lines', () => {
    const word = ['Kết quả:', '•\tTập huấn 12 lớp;', '·\tCấp 300 tài liệu;', '1.\tHội nghị sơ kết;', 'a)\tGiao ban quý;', '-  Đã có gạch đầu dòng.'].join('\r\n');
    expect(narrativeFromText(word)).toBe(
      ['Kết quả:', '- Tập huấn 12 lớp;', '- Cấp 300 tài liệu;', '- Hội nghị sơ kết;', '- Giao ban quý;', '- Đã có gạch đầu dòng.'].join('\n'),
    );
  });

  it('leaves a number that starts a sentence alone', () => {
    expect(narrativeFromText('2023 là năm bản lề.\n12 CĐCS đã đại hội.')).toBe('2023 là năm bản lề.\n12 CĐCS đã đại hội.');
  });
});
