/**
 * A safe arithmetic evaluator: a tokenizer and a recursive-descent parser over
 * + − × ÷ ^, unary minus, parentheses and a postfix percent ("10% * 200" = 20). It never calls `eval` or `Function`; any other
 * character (letters, quotes, calls like `alert(1)`) is a syntax error.
 *
 *   expr   := term (('+' | '-') term)*
 *   term   := factor (('*' | '/') factor)*
 *   factor := unary ('^' factor)?          (right-associative)
 *   unary  := '-' unary | '+' unary | primary
 *   primary:= (number | '(' expr ')') '%'?   (x% is x / 100)
 *
 * The answer is always a finite number and never -0: a result or an intermediate value
 * that is infinite or not a real number is a `MathError`, as is nesting deeper than
 * `MAX_DEPTH` (brackets, unary signs and powers recurse; a hostile "((((…" must not
 * overflow the stack).
 */

export type MathToken = { type: 'num'; value: number } | { type: 'op'; value: '+' | '-' | '*' | '/' | '^' | '(' | ')' | '%' };

/**
 * Why an expression could not be evaluated: `overflow` (beyond floating point),
 * `notReal` (e.g. the square root of a negative number), `tooDeep` (nesting beyond `MAX_DEPTH`).
 */
export type MathErrorReason = 'syntax' | 'divisionByZero' | 'overflow' | 'notReal' | 'tooDeep';

/** Why an expression could not be evaluated. */
export class MathError extends Error {
  constructor(readonly reason: MathErrorReason) {
    super(reason);
  }
}

/** Deepest nesting of brackets, signs and powers together; far beyond anything said aloud. */
export const MAX_DEPTH = 64;

const OPS: Record<string, MathToken['value']> = { '+': '+', '-': '-', '−': '-', '*': '*', '×': '*', '·': '*', '/': '/', '÷': '/', '^': '^', '(': '(', ')': ')', '%': '%' };

// Sticky: matched in place at `lastIndex`, so the tokenizer never copies the rest of the input.
const NUMBER = /\d+(?:\.\d+)?/y;

/** Splits an expression into numbers and operators; throws on anything else. */
export function tokenize(src: string): MathToken[] {
  const tokens: MathToken[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(src);
    if (num) {
      tokens.push({ type: 'num', value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const op = OPS[ch];
    if (!op) throw new MathError('syntax');
    tokens.push({ type: 'op', value: op } as MathToken);
    i++;
  }
  return tokens;
}

/** `v` when it is a finite number; otherwise the error that says why not. */
function checked(v: number): number {
  if (Number.isNaN(v)) throw new MathError('notReal');
  if (!Number.isFinite(v)) throw new MathError('overflow');
  return v;
}

/** Evaluates an arithmetic expression; throws `MathError`. */
export function evaluate(src: string): number {
  const tokens = tokenize(src);
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => {
    const t = peek();
    return t?.type === 'op' && t.value === v;
  };
  /** Runs one level of recursion, refusing to go deeper than MAX_DEPTH. */
  const nested = (f: () => number): number => {
    if (++depth > MAX_DEPTH) throw new MathError('tooDeep');
    const v = f();
    depth--;
    return v;
  };

  const primary = (): number => {
    const v = operand();
    if (!isOp('%')) return v;
    pos++;
    return v / 100;
  };
  const operand = (): number => {
    const t = tokens[pos++];
    if (t?.type === 'num') return checked(t.value);
    if (t?.type === 'op' && t.value === '(') {
      const v = nested(expr);
      if (!isOp(')')) throw new MathError('syntax');
      pos++;
      return v;
    }
    throw new MathError('syntax');
  };
  const unary = (): number => {
    if (isOp('-')) {
      pos++;
      return -nested(unary);
    }
    if (isOp('+')) {
      pos++;
      return nested(unary);
    }
    return primary();
  };
  const factor = (): number => {
    const base = unary();
    if (!isOp('^')) return base;
    pos++;
    const exponent = nested(factor);
    if (base === 0 && exponent < 0) throw new MathError('divisionByZero');
    return checked(base ** exponent);
  };
  const term = (): number => {
    let v = factor();
    while (isOp('*') || isOp('/')) {
      const op = (tokens[pos++] as { value: string }).value;
      const rhs = factor();
      if (op === '/' && rhs === 0) throw new MathError('divisionByZero');
      v = checked(op === '*' ? v * rhs : v / rhs);
    }
    return v;
  };
  function expr(): number {
    let v = term();
    while (isOp('+') || isOp('-')) {
      const op = (tokens[pos++] as { value: string }).value;
      const rhs = term();
      v = checked(op === '+' ? v + rhs : v - rhs);
    }
    return v;
  }

  if (tokens.length === 0) throw new MathError('syntax');
  const value = expr();
  if (pos !== tokens.length) throw new MathError('syntax');
  // "minus zero times five" is 0, not "-0" (Intl would say "-0").
  return checked(value) + 0;
}
