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
 */

export type MathToken = { type: 'num'; value: number } | { type: 'op'; value: '+' | '-' | '*' | '/' | '^' | '(' | ')' | '%' };

/** Why an expression could not be evaluated. */
export class MathError extends Error {
  constructor(readonly reason: 'syntax' | 'divisionByZero' | 'overflow') {
    super(reason);
  }
}

const OPS: Record<string, MathToken['value']> = { '+': '+', '-': '-', '−': '-', '*': '*', '×': '*', '·': '*', '/': '/', '÷': '/', '^': '^', '(': '(', ')': ')', '%': '%' };

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
    const num = /^\d+(?:\.\d+)?/.exec(src.slice(i));
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

/** Evaluates an arithmetic expression; throws `MathError`. */
export function evaluate(src: string): number {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => {
    const t = peek();
    return t?.type === 'op' && t.value === v;
  };

  const primary = (): number => {
    const v = operand();
    if (!isOp('%')) return v;
    pos++;
    return v / 100;
  };
  const operand = (): number => {
    const t = tokens[pos++];
    if (t?.type === 'num') return t.value;
    if (t?.type === 'op' && t.value === '(') {
      const v = expr();
      if (!isOp(')')) throw new MathError('syntax');
      pos++;
      return v;
    }
    throw new MathError('syntax');
  };
  const unary = (): number => {
    if (isOp('-')) {
      pos++;
      return -unary();
    }
    if (isOp('+')) {
      pos++;
      return unary();
    }
    return primary();
  };
  const factor = (): number => {
    const base = unary();
    if (!isOp('^')) return base;
    pos++;
    return base ** factor();
  };
  const term = (): number => {
    let v = factor();
    while (isOp('*') || isOp('/')) {
      const op = (tokens[pos++] as { value: string }).value;
      const rhs = factor();
      if (op === '/' && rhs === 0) throw new MathError('divisionByZero');
      v = op === '*' ? v * rhs : v / rhs;
    }
    return v;
  };
  function expr(): number {
    let v = term();
    while (isOp('+') || isOp('-')) {
      const op = (tokens[pos++] as { value: string }).value;
      const rhs = term();
      v = op === '+' ? v + rhs : v - rhs;
    }
    return v;
  }

  if (tokens.length === 0) throw new MathError('syntax');
  const value = expr();
  if (pos !== tokens.length) throw new MathError('syntax');
  if (!Number.isFinite(value)) throw new MathError('overflow');
  return value;
}
