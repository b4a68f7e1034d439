import { describe, expect, it } from 'vitest';
import {
  formatDateLine,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatShortDate,
  parseVietnameseNumber,
  ratePercent,
} from '../../shared/format/vi';

describe('Vietnamese number format', () => {
  it('uses dots for thousands and a comma for decimals', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(12.345, 2)).toBe('12,35');
    expect(formatNumber(12.5, 0)).toBe('13');
  });

  it('writes percentages as 38,05%', () => {
    expect(formatPercent(38.05)).toBe('38,05%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(ratePercent(761, 2000) ?? Number.NaN)).toBe('38,05%');
  });

  it('has no rate for a zero or missing denominator', () => {
    expect(ratePercent(5, 0)).toBeNull();
    expect(ratePercent(null, 10)).toBeNull();
  });

  it('reads numbers as a Vietnamese user types them', () => {
    expect(parseVietnameseNumber('1.234')).toBe(1234);
    expect(parseVietnameseNumber('1.234.567')).toBe(1234567);
    expect(parseVietnameseNumber('12,5')).toBe(12.5);
    expect(parseVietnameseNumber(' 2 000 ')).toBe(2000);
    expect(parseVietnameseNumber('')).toBeNull();
    expect(parseVietnameseNumber('1.5')).toBeNaN();
    expect(parseVietnameseNumber('mười')).toBeNaN();
    expect(parseVietnameseNumber('1,2,3')).toBeNaN();
  });
});

describe('administrative date line', () => {
  it('pads days 1–9 and months 1–2 only', () => {
    expect(formatDateLine('Tam Đường', '2024-02-05')).toBe('Tam Đường, ngày 05 tháng 02 năm 2024');
    expect(formatDateLine('Tam Đường', '2023-05-19')).toBe('Tam Đường, ngày 19 tháng 5 năm 2023');
    expect(formatDateLine('Lai Châu', '2023-01-09')).toBe('Lai Châu, ngày 09 tháng 01 năm 2023');
    expect(formatDateLine('Lai Châu', '2023-03-01')).toBe('Lai Châu, ngày 01 tháng 3 năm 2023');
    expect(formatDateLine('Lai Châu', '2023-12-31')).toBe('Lai Châu, ngày 31 tháng 12 năm 2023');
  });

  it('writes short dates the same way', () => {
    expect(formatShortDate('2019-10-09')).toBe('09/10/2019');
    expect(formatShortDate('2023-05-17')).toBe('17/5/2023');
  });

  it('refuses something that is not a date', () => {
    expect(() => formatDateLine('X', '19/5/2023')).toThrow(RangeError);
  });

  it('shows times in Vietnam time', () => {
    expect(formatDateTime(new Date('2023-05-19T17:05:00Z'))).toBe('20/05/2023 00:05');
  });
});
