// Rule expressions as a clerk types them in the workbook (SPEC §9): plain numbers with "." as the
// decimal mark, field keys, + - *, parentheses, abs(…) and sum(a, b, …). Parsing and printing are
// inverse on the model: print(parse(text)) reads the same and parse(print(expr)) deep-equals expr, so
// that a campaign exported to a workbook builds back to the same rules.
import type { Condition, Expr, Operator } from './model';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

type Token =
  | { t: 'num'; v: number; at: number }
  | { t: 'name'; v: string; at: number }
  | { t: 'op'; v: '+' | '-' | '*' | '(' | ')' | ','; at: number }
  | { t: 'cmp'; v: Operator; at: number };

const HOW = 'Biểu thức chỉ gồm số (dấu chấm thập phân), mã trường (ví dụ s5.courses, pl.<mã chỉ tiêu>.<mã thời điểm>), các phép + - *, dấu ngoặc, abs(…) và sum(a, b, …).';

/** Comparison signs as the workbook accepts them, longest first. */
const COMPARISONS: [string, Operator][] = [
  ['<=', '<='],
  ['>=', '>='],
  ['!=', '!='],
  ['==', '=='],
  ['≤', '<='],
  ['≥', '>='],
  ['≠', '!='],
  ['=', '=='],
  ['<', '<'],
  ['>', '>'],
];

export function parseOperator(text: string): Operator | null {
  const t = text.trim();
  return COMPARISONS.find(([sign]) => sign === t)?.[1] ?? null;
}

/** How the workbook writes an operator: the signs a clerk types on any keyboard. */
export const OPERATOR_TEXT: Record<Operator, string> = { '==': '=', '!=': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

function tokenize(text: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const rest = text.slice(i);
    const num = /^\d+(\.\d+)?/.exec(rest);
    if (num) {
      if (/^[\d.]*[a-zA-Z_]/.test(rest.slice(num[0].length)) || rest[num[0].length] === '.') return `«${rest.slice(0, num[0].length + 1)}» không phải là một số hay một mã trường. Mã trường bắt đầu bằng chữ, số viết với dấu chấm thập phân và không có dấu phân cách hàng nghìn.`;
      tokens.push({ t: 'num', v: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*/.exec(rest);
    if (name) {
      if (/[A-Z]/.test(name[0])) return `«${name[0]}»: mã trường viết bằng chữ thường không dấu, ví dụ ${name[0].toLowerCase()}.`;
      tokens.push({ t: 'name', v: name[0], at: i });
      i += name[0].length;
      continue;
    }
    const cmp = COMPARISONS.find(([sign]) => rest.startsWith(sign));
    if (cmp) {
      tokens.push({ t: 'cmp', v: cmp[1], at: i });
      i += cmp[0].length;
      continue;
    }
    const op = c === '−' ? '-' : c === '×' ? '*' : c;
    if (op === '+' || op === '-' || op === '*' || op === '(' || op === ')' || op === ',') {
      tokens.push({ t: 'op', v: op, at: i });
      i += 1;
      continue;
    }
    if (c === ';') return 'Các đối số của sum(…) cách nhau bằng dấu phẩy «,», không dùng dấu chấm phẩy.';
    return `Ký tự «${c}» không dùng được trong biểu thức. ${HOW}`;
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private fail(what: string): never {
    const tok = this.peek();
    const where = tok ? `ở «${this.text.slice(tok.at).trim()}»` : 'ở cuối biểu thức';
    throw new ExpressionError(`Biểu thức «${this.text.trim()}» chưa đúng ${where}: ${what}. ${HOW}`);
  }

  private expect(v: ')' | '(' | ','): void {
    const tok = this.peek();
    if (tok?.t === 'op' && tok.v === v) this.i += 1;
    else this.fail(`cần dấu «${v}»`);
  }

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  /** The comparison sign of a condition. */
  comparison(): Operator {
    const tok = this.peek();
    if (tok?.t !== 'cmp') this.fail('cần một dấu so sánh (=, !=, <, <=, >, >=)');
    this.i += 1;
    return tok.v;
  }

  /** Sums and differences, left to right; a run of "+" is one sum. */
  expr(): Expr {
    let current = this.term();
    let openSum = false;
    for (;;) {
      const tok = this.peek();
      if (tok?.t !== 'op' || (tok.v !== '+' && tok.v !== '-')) return current;
      this.i += 1;
      const next = this.term();
      if (tok.v === '-') {
        current = { sub: [current, next] };
        openSum = false;
      } else if (openSum && 'add' in current) {
        current.add.push(next);
      } else {
        current = { add: [current, next] };
        openSum = true;
      }
    }
  }

  private term(): Expr {
    let current = this.unary();
    for (;;) {
      const tok = this.peek();
      if (tok?.t !== 'op' || tok.v !== '*') return current;
      this.i += 1;
      current = { mul: [current, this.unary()] };
    }
  }

  /** A minus sign belongs to a number only: "-1". */
  private unary(): Expr {
    const tok = this.peek();
    const next = this.tokens[this.i + 1];
    if (tok?.t === 'op' && tok.v === '-' && next?.t === 'num') {
      this.i += 2;
      return { num: -next.v };
    }
    return this.primary();
  }

  private primary(): Expr {
    const tok = this.peek();
    if (!tok) this.fail('cần một số, một mã trường hoặc dấu mở ngoặc');
    if (tok.t === 'num') {
      this.i += 1;
      return { num: tok.v };
    }
    if (tok.t === 'op' && tok.v === '(') {
      this.i += 1;
      const inner = this.expr();
      this.expect(')');
      return inner;
    }
    if (tok.t === 'name') {
      const call = this.tokens[this.i + 1];
      if (call?.t === 'op' && call.v === '(') {
        if (tok.v !== 'abs' && tok.v !== 'sum') this.fail(`chỉ có hai hàm abs(…) và sum(…), không có hàm «${tok.v}»`);
        this.i += 2;
        const args = [this.expr()];
        for (;;) {
          const sep = this.peek();
          if (sep?.t !== 'op' || sep.v !== ',') break;
          this.i += 1;
          args.push(this.expr());
        }
        this.expect(')');
        if (tok.v === 'sum') return { add: args };
        if (args.length !== 1) this.fail('abs(…) nhận đúng một biểu thức');
        return { abs: args[0] as Expr };
      }
      if (!tok.v.includes('.')) this.fail(`«${tok.v}» không phải là mã trường: mã trường có dạng s<số mục>.<mã> hoặc pl.<mã chỉ tiêu>.<mã thời điểm>`);
      this.i += 1;
      return { ref: tok.v };
    }
    return this.fail('cần một số, một mã trường hoặc dấu mở ngoặc');
  }
}

class ExpressionError extends Error {}

function run<T>(text: string, body: (p: Parser) => T): Parsed<T> {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, message: tokens };
  if (tokens.length === 0) return { ok: false, message: `Biểu thức đang để trống. ${HOW}` };
  const parser = new Parser(tokens, text);
  try {
    const value = body(parser);
    if (!parser.done()) throw new ExpressionError(`Biểu thức «${text.trim()}» còn thừa phần cuối; hãy kiểm tra dấu ngoặc và các phép tính. ${HOW}`);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ExpressionError) return { ok: false, message: e.message };
    throw e;
  }
}

export const parseExpression = (text: string): Parsed<Expr> => run(text, (p) => p.expr());

/** `biểu thức so_sánh biểu thức`, as in `Điều kiện`. */
export const parseCondition = (text: string): Parsed<Condition> =>
  run(text, (p) => {
    const left = p.expr();
    const op = p.comparison();
    const right = p.expr();
    return { left, op, right };
  });

const isSum = (e: Expr): e is { add: Expr[] } => 'add' in e && e.add.length >= 2;
const isSub = (e: Expr): boolean => 'sub' in e;
const wrap = (s: string, yes: boolean): string => (yes ? `(${s})` : s);

/** The text a clerk reads; parseExpression gives back the same expression. */
export function printExpression(e: Expr): string {
  if ('num' in e) return String(e.num);
  if ('ref' in e) return e.ref;
  if ('abs' in e) return `abs(${printExpression(e.abs)})`;
  if ('add' in e) {
    if (e.add.length < 2) return `sum(${e.add.map(printExpression).join(', ')})`;
    return e.add.map((x, i) => wrap(printExpression(x), isSum(x) || (i > 0 && isSub(x)))).join(' + ');
  }
  if ('sub' in e) {
    const [a, b] = e.sub;
    return `${printExpression(a)} - ${wrap(printExpression(b), isSum(b) || isSub(b))}`;
  }
  const [a, b] = e.mul;
  return `${wrap(printExpression(a), isSum(a) || isSub(a))} * ${wrap(printExpression(b), isSum(b) || isSub(b) || 'mul' in b)}`;
}

export const printCondition = (c: Condition): string => `${printExpression(c.left)} ${OPERATOR_TEXT[c.op]} ${printExpression(c.right)}`;

/** Every field key an expression reads. */
export function expressionRefs(e: Expr, out: string[] = []): string[] {
  if ('ref' in e) out.push(e.ref);
  else if ('add' in e) e.add.forEach((x) => expressionRefs(x, out));
  else if ('sub' in e) e.sub.forEach((x) => expressionRefs(x, out));
  else if ('mul' in e) e.mul.forEach((x) => expressionRefs(x, out));
  else if ('abs' in e) expressionRefs(e.abs, out);
  return out;
}
