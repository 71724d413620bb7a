/** The maths answer end to end: brackets kept, -0 never said, hostile input refused cleanly. */
import { describe, expect, it } from 'vitest';
import type { SkillContext } from '../types.ts';
import { qaSkill } from './qa.ts';

/** A context for a qa_maths utterance; the skill reads only the utterance. */
function maths(text: string, locale = 'en-US'): SkillContext {
  return {
    u: { text, locale, intent: 'qa_maths', scenario: 'qa', confidence: 0.9, slots: [] },
    lang: locale.slice(0, 2),
    now: new Date(2025, 2, 14, 10, 0),
    state: {} as SkillContext['state'],
    newId: () => 'id',
  };
}

describe('qa maths', () => {
  it.each([
    ['what is (two plus three) times four', 'en-US', '(2 + 3) × 4', '20'],
    ['ten divided by (five minus three)', 'en-US', '10 ÷ (5 - 3)', '5'],
    ['klammer auf zwei plus drei klammer zu mal vier', 'de-DE', '(2 + 3) × 4', '20'],
    ['minus zero times five', 'en-US', '-0 × 5', '0'],
  ])('%s (%s) → %s = %s', (text, locale, expression, result) => {
    expect(qaSkill.handle(maths(text, locale))).toEqual({ reply: { key: 'mathResult', params: { expression, result } }, effect: 'math:ok' });
  });

  it.each([
    ['2,000 nested brackets', `what is ${'('.repeat(2000)}1${')'.repeat(2000)}`],
    ['nesting deeper than 64', `${'('.repeat(65)}1${')'.repeat(65)}`],
    ['a result beyond floating point', 'what is ten to the power of four hundred'],
    ['division by zero', 'what is five divided by zero'],
    ['100,000 characters', '1 plus '.repeat(14_000)],
  ])('answers mathError for %s', (_name, text) => {
    expect(qaSkill.handle(maths(text))).toEqual({ reply: { key: 'mathError' }, effect: 'math:error' });
  });
});
