// Twentieth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The twentieth held-out set: the third plan in eight more languages without a pack (HELDOUT20_LOCALES). Written by a helper who had read neither the assistant's
 * code nor the earlier sets, after the seventeenth set's fixes (`npm run commands -- --set heldout20`).
 * Run once, blind: no baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT20_LOCALES, type Command, type CommandSpec } from '../types.ts';
import afZA from './af-ZA.ts';
import azAZ from './az-AZ.ts';
import cyGB from './cy-GB.ts';
import isIS from './is-IS.ts';
import lvLV from './lv-LV.ts';
import slSL from './sl-SL.ts';
import sqAL from './sq-AL.ts';
import tlPH from './tl-PH.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT20_SPECS: Readonly<Record<(typeof HELDOUT20_LOCALES)[number], readonly CommandSpec[]>> = {
  'af-ZA': afZA,
  'az-AZ': azAZ,
  'cy-GB': cyGB,
  'is-IS': isIS,
  'lv-LV': lvLV,
  'sl-SL': slSL,
  'sq-AL': sqAL,
  'tl-PH': tlPH,
};

/** Every command of the set, numbered (`heldout20:af-ZA#3`), in HELDOUT20_LOCALES order. */
export const HELDOUT20: readonly Command[] = numberedSet(HELDOUT20_SPECS, 'heldout20:', HELDOUT20_LOCALES);
