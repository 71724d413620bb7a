/**
 * qa: arithmetic is answered locally with the safe parser (math/parser.ts, no `eval`);
 * facts, definitions, exchange rates and share prices need an online service.
 */
import { formatNumber } from '../format.ts';
import { evaluate } from '../math/parser.ts';
import { spokenToExpression } from '../math/words.ts';
import { defineSkill, type SkillContext, type SkillResult } from '../types.ts';
import { offline } from './helpers.ts';

function maths(ctx: SkillContext): SkillResult {
  const expression = spokenToExpression(ctx.u.text, ctx.u.locale);
  if (!expression) return { reply: { key: 'mathError' }, effect: 'math:error' };
  try {
    const result = evaluate(expression);
    const shown = expression.replace(/\*/g, '×').replace(/\//g, '÷');
    return { reply: { key: 'mathResult', params: { expression: shown, result: formatNumber(result, ctx.u.locale) } }, effect: 'math:ok' };
  } catch {
    return { reply: { key: 'mathError' }, effect: 'math:error' };
  }
}

export const qaSkill = defineSkill({
  scenario: 'qa',
  handle: (ctx) => (ctx.u.intent === 'qa_maths' ? maths(ctx) : offline(ctx)),
});
