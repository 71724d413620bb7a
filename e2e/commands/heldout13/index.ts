// Thirteenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The thirteenth held-out set: the eleventh set's second plan in ten more languages without a
 * pack (HELDOUT13_LOCALES: Norwegian, Icelandic, Albanian, Slovene, Latvian, Tagalog, Malay,
 * Telugu, Georgian, Armenian). Written by a helper who had read neither the assistant's code
 * nor the earlier sets, after the twelfth set's fixes (`npm run commands -- --set heldout13`).
 * Run once, blind: no baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT13_LOCALES, type Command, type CommandSpec } from '../types.ts';
import hyAM from './hy-AM.ts';
import isIS from './is-IS.ts';
import kaGE from './ka-GE.ts';
import lvLV from './lv-LV.ts';
import msMY from './ms-MY.ts';
import nbNO from './nb-NO.ts';
import slSL from './sl-SL.ts';
import sqAL from './sq-AL.ts';
import teIN from './te-IN.ts';
import tlPH from './tl-PH.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT13_SPECS: Readonly<Record<(typeof HELDOUT13_LOCALES)[number], readonly CommandSpec[]>> = {
  'nb-NO': nbNO,
  'is-IS': isIS,
  'sq-AL': sqAL,
  'sl-SL': slSL,
  'lv-LV': lvLV,
  'tl-PH': tlPH,
  'ms-MY': msMY,
  'te-IN': teIN,
  'ka-GE': kaGE,
  'hy-AM': hyAM,
};

/** Every command of the set, numbered (`heldout13:nb-NO#3`), in HELDOUT13_LOCALES order. */
export const HELDOUT13: readonly Command[] = numberedSet(HELDOUT13_SPECS, 'heldout13:', HELDOUT13_LOCALES);
