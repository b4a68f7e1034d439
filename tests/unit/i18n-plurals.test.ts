// English counts read "1 day left", "2 days left" (Intl.PluralRules); Vietnamese does not change.
import { describe, expect, it } from 'vitest';
import { enSingular } from '../../renderer/i18n/en-plurals';
import { translator } from '../../renderer/i18n/i18n';
import { en } from '../../renderer/i18n/en';

describe('plurals', () => {
  it('choose the English singular for one and the plural otherwise', () => {
    const t = translator('en');
    expect(t('deadline.daysLeft', { n: 1 })).toBe('1 day left');
    expect(t('deadline.daysLeft', { n: 2 })).toBe('2 days left');
    expect(t('deadline.daysLeft', { n: 0 })).toBe('0 days left');
    expect(t('state.errors', { n: 1 })).toBe('1 error');
  });

  it('leave Vietnamese as it is', () => {
    expect(translator('vi')('deadline.daysLeft', { n: 1 })).toBe('Còn 1 ngày');
  });

  it('have a singular only for messages that count {n}, with the same placeholders as the plural', () => {
    for (const [key, one] of Object.entries(enSingular)) {
      const other = en[key as keyof typeof en];
      expect(other, key).toContain('{n}');
      expect(one.match(/\{\w+\}/g)?.sort(), key).toEqual(other.match(/\{\w+\}/g)?.sort());
    }
  });
});
