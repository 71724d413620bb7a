/** What the dialogue is given of an NLU result: the best reading and its close alternatives. */
import type { Understood } from '../dialog/index.ts';
import type { NluResult } from '../nlu/types.ts';

/** The dialogue's view of `result` (its runner-ups become `alternatives` for intent repairs). */
export function understoodOf(result: NluResult): Understood {
  const { text, locale, intent, scenario, confidence, slots, top5 } = result;
  return { text, locale, intent, scenario, confidence, slots, alternatives: top5.filter((c) => c.intent !== intent) };
}
