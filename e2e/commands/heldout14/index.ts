// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The fourteenth held-out set: 12 natural commands per locale in the suite's 16 locales and its 10
 * skills on the second plan (minutes, hours and minutes, three items, a follow-up overtaken),
 * written on 5 December 2026 by a helper who had read neither the code, nor the failures, nor the
 * earlier sets; same runner and checker (`npm run commands -- --set heldout14`). Run once,
 * blind: no baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import type { Command, CommandSpec, SuiteLocale } from '../types.ts';
import arSA from './ar-SA.ts';
import deDE from './de-DE.ts';
import enUS from './en-US.ts';
import esES from './es-ES.ts';
import frFR from './fr-FR.ts';
import hiIN from './hi-IN.ts';
import itIT from './it-IT.ts';
import jaJP from './ja-JP.ts';
import koKR from './ko-KR.ts';
import nlNL from './nl-NL.ts';
import plPL from './pl-PL.ts';
import ptPT from './pt-PT.ts';
import ruRU from './ru-RU.ts';
import swKE from './sw-KE.ts';
import trTR from './tr-TR.ts';
import zhCN from './zh-CN.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT14_SPECS: Readonly<Record<SuiteLocale, readonly CommandSpec[]>> = {
  'en-US': enUS,
  'de-DE': deDE,
  'fr-FR': frFR,
  'es-ES': esES,
  'it-IT': itIT,
  'pt-PT': ptPT,
  'ja-JP': jaJP,
  'zh-CN': zhCN,
  'hi-IN': hiIN,
  'ar-SA': arSA,
  'ru-RU': ruRU,
  'sw-KE': swKE,
  'nl-NL': nlNL,
  'pl-PL': plPL,
  'tr-TR': trTR,
  'ko-KR': koKR,
};

/** Every command of the set, numbered (`heldout14:de-DE#7`), locale by locale in SUITE_LOCALES order. */
export const HELDOUT14: readonly Command[] = numberedSet(HELDOUT14_SPECS, 'heldout14:');
