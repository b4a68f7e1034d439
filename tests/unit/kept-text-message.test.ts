// A text kept as typed says why it is not a value: unreadable, or read but refused for the same reason
// the services give (too large, too long), in the words of the services.
import { describe, expect, it } from 'vitest';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { rawInputMessage } from '../../shared/report/raw-inputs';
import { keptTextRefusal } from '../../shared/report/values';

const { template } = campaign1563;

describe('kept texts', () => {
  it('give the reason a readable value was refused', () => {
    expect(keptTextRefusal(template, 's5.courses', '', '99.999.999')).toBe('Quá lớn: tối đa 10.000.000.');
    expect(keptTextRefusal(template, 'pl.chairs.end', '', '10.000.001')).toBe('Quá lớn: tối đa 10.000.000.');
    expect(keptTextRefusal(template, 's3.forms_other', '', 'x'.repeat(301))).toBe('Quá dài: tối đa 300 ký tự.');
    expect(keptTextRefusal(template, 's1.targets', '0:target', '2.000.000.000.000')).toBe('Quá lớn: tối đa 1.000.000.000.000.');
    expect(rawInputMessage(template, 's5.courses', '', '99.999.999')).toContain('«99.999.999» chưa lưu được thành số liệu: Quá lớn: tối đa 10.000.000.');
  });

  it('say an unreadable text cannot be read, and find nothing to refuse in a valid one', () => {
    expect(keptTextRefusal(template, 's5.courses', '', '4 lớp')).toBeNull();
    expect(rawInputMessage(template, 's5.courses', '', '4 lớp')).toContain('«4 lớp» chưa đọc được');
    expect(keptTextRefusal(template, 's5.courses', '', '12')).toBeNull();
    expect(keptTextRefusal(template, 's1.targets', '0:unknown', '12')).toBeNull();
  });
});
