// Eighteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The eighteenth held-out set: the third plan in the suite's other eight locales (HELDOUT18_LOCALES). Written by a helper who had read neither the assistant's
 * code nor the earlier sets, after the seventeenth set's fixes (`npm run commands -- --set heldout18`).
 * Run once, blind: no baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT18_LOCALES, type Command, type CommandSpec } from '../types.ts';
import enUS from './en-US.ts';
import hiIN from './hi-IN.ts';
import itIT from './it-IT.ts';
import koKR from './ko-KR.ts';
import nlNL from './nl-NL.ts';
import plPL from './pl-PL.ts';
import swKE from './sw-KE.ts';
import trTR from './tr-TR.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT18_SPECS: Readonly<Record<(typeof HELDOUT18_LOCALES)[number], readonly CommandSpec[]>> = {
  'en-US': enUS,
  'it-IT': itIT,
  'hi-IN': hiIN,
  'sw-KE': swKE,
  'nl-NL': nlNL,
  'pl-PL': plPL,
  'tr-TR': trTR,
  'ko-KR': koKR,
};

/** Every command of the set, numbered (`heldout18:en-US#3`), in HELDOUT18_LOCALES order. */
export const HELDOUT18: readonly Command[] = numberedSet(HELDOUT18_SPECS, 'heldout18:', HELDOUT18_LOCALES);
