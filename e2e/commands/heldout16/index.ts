// Sixteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The sixteenth held-out set: a third plan (a day next week, an evening time, minutes and seconds, a quarter or half hour said as a phrase, an item of several words, an event with a person, a light level, a volume said in words, starting the music, a division or percentage, and an alarm's time given as the answer to its question) in eight of the suite's locales (HELDOUT16_LOCALES). Written by a helper who had read neither the assistant's
 * code nor the earlier sets, after the fifteenth set's fixes (`npm run commands -- --set heldout16`).
 * Run once, blind: no baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT16_LOCALES, type Command, type CommandSpec } from '../types.ts';
import arSA from './ar-SA.ts';
import deDE from './de-DE.ts';
import esES from './es-ES.ts';
import frFR from './fr-FR.ts';
import jaJP from './ja-JP.ts';
import ptPT from './pt-PT.ts';
import ruRU from './ru-RU.ts';
import zhCN from './zh-CN.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT16_SPECS: Readonly<Record<(typeof HELDOUT16_LOCALES)[number], readonly CommandSpec[]>> = {
  'de-DE': deDE,
  'fr-FR': frFR,
  'es-ES': esES,
  'pt-PT': ptPT,
  'ja-JP': jaJP,
  'zh-CN': zhCN,
  'ar-SA': arSA,
  'ru-RU': ruRU,
};

/** Every command of the set, numbered (`heldout16:de-DE#3`), in HELDOUT16_LOCALES order. */
export const HELDOUT16: readonly Command[] = numberedSet(HELDOUT16_SPECS, 'heldout16:', HELDOUT16_LOCALES);
