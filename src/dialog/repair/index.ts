/**
 * The intent repairs, tried in order; the first that names an intent wins. Each family of
 * rules lives in its own file (device state, volume, player, maths, …) and is listed here once.
 * Word rules come first: "сделай погромче" read as a light intent is the volume, before the
 * light's state is weighed.
 */
import { packFor } from '../languages/index.ts';
import type { DialogState } from '../state.ts';
import type { Understood } from '../types.ts';
import { brightnessRules } from './brightness.ts';
import { calendarRules } from './calendar.ts';
import { colourRules } from './colour.ts';
import { datetimeRules } from './datetime.ts';
import { deviceStateRules } from './deviceState.ts';
import { listRules } from './lists.ts';
import { mathsRules } from './maths.ts';
import { mediaRules } from './media.ts';
import { timerRules } from './timer.ts';
import type { RepairRule } from './types.ts';
import { volumeRules } from './volume.ts';

// Volume and player words first: they are unmistakable ("وقف الموسيقى مؤقتا" is "pause the music
// for now", not a timer), and their rules leave alarm, calendar and list intents alone.
// Colour words before the device state: "make the light green" with the light off is a colour
// change (which turns it on), not a plain "on". Brightness words before the device state too:
// they name the direction, and the light skill turns a light it brightens on.
// Time questions after the timer words: "timer" with a time-question phrase is the timer's.
// A list question with an item to add in it only ever changes a list intent.
export const RULES: readonly RepairRule[] = [...volumeRules, ...mediaRules, ...listRules, ...timerRules, ...calendarRules, ...datetimeRules, ...mathsRules, ...colourRules, ...brightnessRules, ...deviceStateRules];

/** How sure a repaired intent is. */
const CONFIRMED = 0.5;

/** `u` with the intent a rule names (and `repairedBy` set), or `u` itself. */
export function repairIntent(u: Understood, state: DialogState, rules: readonly RepairRule[] = RULES): Understood {
  const ctx = { u, pack: packFor(u.locale), state };
  for (const rule of rules) {
    const intent = rule.apply(ctx);
    // A rule naming the NLU's own intent confirms a guess the NLU was unsure of ("despiértame a
    // las seis menos cuarto" at 0.26).
    if (intent && (intent !== u.intent || u.confidence < CONFIRMED)) {
      // A rule acts on words or state the NLU did not weigh: it is as sure as the rule.
      return { ...u, intent, scenario: intent.split('_')[0] ?? u.scenario, confidence: Math.max(u.confidence, CONFIRMED), repairedBy: rule.name };
    }
  }
  return u;
}
