// Tenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The tenth held-out set: 12 natural commands per locale in the last five MASSIVE languages
 * that had no set (HELDOUT10_LOCALES: Amharic, Khmer, Kannada, Malayalam, Burmese), on the
 * seventh set's skill plan. Amharic speaks Ethiopian time (the day's hours count from 6 am).
 * Written by a helper who had read neither the assistant's code nor the earlier sets, after
 * the fixes the ninth set led to (`npm run commands -- --set heldout10`). Run once, blind: no
 * baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT10_LOCALES, type Command, type CommandSpec } from '../types.ts';
import amET from './am-ET.ts';
import kmKH from './km-KH.ts';
import knIN from './kn-IN.ts';
import mlIN from './ml-IN.ts';
import myMM from './my-MM.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT10_SPECS: Readonly<Record<(typeof HELDOUT10_LOCALES)[number], readonly CommandSpec[]>> = {
  'am-ET': amET,
  'km-KH': kmKH,
  'kn-IN': knIN,
  'ml-IN': mlIN,
  'my-MM': myMM,
};

/** Every command of the set, numbered (`heldout10:am-ET#3`), in HELDOUT10_LOCALES order. */
export const HELDOUT10: readonly Command[] = numberedSet(HELDOUT10_SPECS, 'heldout10:', HELDOUT10_LOCALES);
