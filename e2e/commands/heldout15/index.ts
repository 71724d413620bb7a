// Fifteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The fifteenth held-out set: the second plan in the five languages without a pack that had not
 * had it (HELDOUT15_LOCALES: Amharic, Kannada, Malayalam, Burmese, Javanese). Written by a helper
 * who had read neither the assistant's code nor the earlier sets, after the fourteenth set's fixes
 * (`npm run commands -- --set heldout15`). Run once, blind: no baseline, no ratchet, not tuned on.
 * See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT15_LOCALES, type Command, type CommandSpec } from '../types.ts';
import amET from './am-ET.ts';
import jvID from './jv-ID.ts';
import knIN from './kn-IN.ts';
import mlIN from './ml-IN.ts';
import myMM from './my-MM.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT15_SPECS: Readonly<Record<(typeof HELDOUT15_LOCALES)[number], readonly CommandSpec[]>> = {
  'am-ET': amET,
  'kn-IN': knIN,
  'ml-IN': mlIN,
  'my-MM': myMM,
  'jv-ID': jvID,
};

/** Every command of the set, numbered (`heldout15:am-ET#3`), in HELDOUT15_LOCALES order. */
export const HELDOUT15: readonly Command[] = numberedSet(HELDOUT15_SPECS, 'heldout15:', HELDOUT15_LOCALES);
