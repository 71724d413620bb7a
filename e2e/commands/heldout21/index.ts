// Twenty-first held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The twenty-first held-out set: the third plan in eight more languages without a pack (HELDOUT21_LOCALES). Written by a helper who had read neither the assistant's
 * code nor the earlier sets, after the seventeenth set's fixes (`npm run commands -- --set heldout21`).
 * Run once, blind: no baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT21_LOCALES, type Command, type CommandSpec } from '../types.ts';
import hyAM from './hy-AM.ts';
import jvID from './jv-ID.ts';
import kaGE from './ka-GE.ts';
import kmKH from './km-KH.ts';
import mnMN from './mn-MN.ts';
import msMY from './ms-MY.ts';
import myMM from './my-MM.ts';
import nbNO from './nb-NO.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT21_SPECS: Readonly<Record<(typeof HELDOUT21_LOCALES)[number], readonly CommandSpec[]>> = {
  'nb-NO': nbNO,
  'ms-MY': msMY,
  'jv-ID': jvID,
  'ka-GE': kaGE,
  'hy-AM': hyAM,
  'mn-MN': mnMN,
  'km-KH': kmKH,
  'my-MM': myMM,
};

/** Every command of the set, numbered (`heldout21:nb-NO#3`), in HELDOUT21_LOCALES order. */
export const HELDOUT21: readonly Command[] = numberedSet(HELDOUT21_SPECS, 'heldout21:', HELDOUT21_LOCALES);
