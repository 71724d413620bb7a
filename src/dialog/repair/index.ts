/**
 * The intent repairs, tried in order; the first that names an intent wins. Each family of
 * rules lives in its own file (device state, timers, maths, …) and is listed here once.
 */
import { packFor } from '../languages/index.ts';
import type { DialogState } from '../state.ts';
import type { Understood } from '../types.ts';
import { deviceStateRules } from './deviceState.ts';
import type { RepairRule } from './types.ts';

export const RULES: readonly RepairRule[] = [...deviceStateRules];

/** `u` with the intent a rule names (and `repairedBy` set), or `u` itself. */
export function repairIntent(u: Understood, state: DialogState, rules: readonly RepairRule[] = RULES): Understood {
  const ctx = { u, pack: packFor(u.locale), state };
  for (const rule of rules) {
    const intent = rule.apply(ctx);
    if (intent && intent !== u.intent) {
      // A rule acts on words or state the NLU did not weigh: it is as sure as the rule.
      return { ...u, intent, scenario: intent.split('_')[0] ?? u.scenario, confidence: Math.max(u.confidence, 0.5), repairedBy: rule.name };
    }
  }
  return u;
}
