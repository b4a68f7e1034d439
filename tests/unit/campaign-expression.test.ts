// Rule expressions as clerks type them in the workbook: what they mean in the rule model, what is
// refused with a sentence, and printing that reads back to the same rule for every built-in rule.
import { describe, expect, it } from 'vitest';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { parseCondition, parseExpression, parseOperator, printCondition, printExpression } from '../../shared/campaign/expression';
import type { Expr } from '../../shared/campaign/model';
import { evaluate } from '../../shared/validation/engine';

const parse = (text: string): Expr => {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const refuse = (text: string): string => {
  const r = parseExpression(text);
  if (r.ok) throw new Error(`accepted ${text}`);
  return r.message;
};

describe('parsing', () => {
  it('reads numbers, field keys, + - *, parentheses, abs and sum as the rule model', () => {
    expect(parse('s7.admitted')).toEqual({ ref: 's7.admitted' });
    expect(parse('0.5 * pl.chairs.start')).toEqual({ mul: [{ num: 0.5 }, { ref: 'pl.chairs.start' }] });
    expect(parse('sum(pl.a.x, pl.b.x, pl.c.x)')).toEqual({ add: [{ ref: 'pl.a.x' }, { ref: 'pl.b.x' }, { ref: 'pl.c.x' }] });
    expect(parse('abs(pl.a.end - pl.a.start)')).toEqual({ abs: { sub: [{ ref: 'pl.a.end' }, { ref: 'pl.a.start' }] } });
    expect(parse('s1.a_b')).toEqual({ ref: 's1.a_b' });
  });

  it('gives * precedence over + and -, and reads - from left to right', () => {
    const values = { 's1.a': 10, 's1.b': 4, 's1.c': 3 };
    const at = (text: string) => evaluate(parse(text), values);
    expect(at('s1.a - s1.b - s1.c')).toBe(3);
    expect(at('s1.a - (s1.b - s1.c)')).toBe(9);
    expect(at('s1.a + s1.b * s1.c')).toBe(22);
    expect(at('(s1.a + s1.b) * s1.c')).toBe(42);
    expect(at('s1.a - s1.b + s1.c')).toBe(9);
    expect(at('-2 * s1.c + 1')).toBe(-5);
  });

  it('reads the comparison signs of the workbook, ASCII or typographic', () => {
    expect(['=', '!=', '≠', '<', '<=', '≤', '>', '>=', '≥'].map(parseOperator)).toEqual(['==', '!=', '!=', '<', '<=', '<=', '>', '>=', '>=']);
    expect(parseOperator('=>')).toBeNull();
    expect(parseCondition('pl.chairs.start >= 5')).toEqual({ ok: true, value: { left: { ref: 'pl.chairs.start' }, op: '>=', right: { num: 5 } } });
  });

  it('refuses what is not an expression, saying what to write', () => {
    expect(refuse('')).toContain('để trống');
    expect(refuse('s1.a +')).toContain('ở cuối biểu thức');
    expect(refuse('1,5 * s1.a')).toContain('thừa');
    expect(refuse('1.000.000')).toContain('không phải là một số');
    expect(refuse('max(s1.a, s1.b)')).toContain('abs(…) và sum(…)');
    expect(refuse('chairs')).toContain('không phải là mã trường');
    expect(refuse('S1.A')).toContain('chữ thường');
    expect(refuse('sum(s1.a; s1.b)')).toContain('dấu phẩy');
    expect(refuse('(s1.a + s1.b')).toContain('«)»');
    expect(refuse('s1.a / 2')).toContain('Ký tự «/»');
    expect(parseCondition('s1.a s1.b')).toMatchObject({ ok: false });
  });
});

describe('printing', () => {
  it('prints every built-in rule so that it reads back to the same rule', () => {
    for (const rule of campaign1563.template.rules) {
      for (const e of [rule.left, rule.right]) expect(parse(printExpression(e)), rule.id).toEqual(e);
      if (rule.when) expect(parseCondition(printCondition(rule.when)), rule.id).toEqual({ ok: true, value: rule.when });
    }
  });

  it('keeps the shape of nested sums, differences and products', () => {
    const shapes: Expr[] = [
      { add: [{ add: [{ ref: 's1.a' }, { ref: 's1.b' }] }, { ref: 's1.c' }] },
      { add: [{ ref: 's1.a' }, { sub: [{ ref: 's1.b' }, { ref: 's1.c' }] }] },
      { sub: [{ ref: 's1.a' }, { add: [{ ref: 's1.b' }, { ref: 's1.c' }] }] },
      { sub: [{ add: [{ ref: 's1.a' }, { ref: 's1.b' }] }, { ref: 's1.c' }] },
      { mul: [{ ref: 's1.a' }, { mul: [{ ref: 's1.b' }, { num: -1.5 }] }] },
      { mul: [{ sub: [{ ref: 's1.a' }, { ref: 's1.b' }] }, { add: [{ ref: 's1.c' }] }] },
      { add: [{ ref: 's1.a' }] },
    ];
    for (const e of shapes) expect(parse(printExpression(e)), printExpression(e)).toEqual(e);
    expect(printExpression({ add: [{ ref: 's1.a' }, { sub: [{ ref: 's1.b' }, { ref: 's1.c' }] }] })).toBe('s1.a + (s1.b - s1.c)');
  });
});
