/**
 * The natural-command suite: every locale's commands (one file per locale, written for this
 * project), numbered, with the state each needs first. See docs/commands.md.
 */
import { givenFor } from './check.ts';
import type { Command, CommandSpec, SetLocale, SuiteLocale } from './types.ts';
import { SUITE_LOCALES } from './types.ts';
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

export * from './types.ts';

/**
 * The suite's fixed clock: Tuesday 24 November 2026, 09:00 local time. "Thursday" is
 * 2026-11-26, "tomorrow" 2026-11-25, and a 7:30 alarm rings tomorrow.
 */
export const SUITE_NOW = new Date(2026, 10, 24, 9, 0, 0);

/** The commands as written, per locale. */
export const SUITE_SPECS: Readonly<Record<SuiteLocale, readonly CommandSpec[]>> = {
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

/** Numbers written commands (`<prefix>de-DE#7`) and fills in their turns and their `given` state. */
export function numbered(specs: readonly CommandSpec[], locale: SetLocale, prefix = ''): Command[] {
  return specs.map((spec, i) => ({
    ...spec,
    id: `${prefix}${locale}#${i + 1}`,
    locale,
    turns: typeof spec.say === 'string' ? [spec.say] : [...spec.say],
    given: givenFor(spec),
  }));
}

/** A whole set's commands (`<prefix>de-DE#7`), locale by locale in the order of `locales` (the suite's by default). */
export function numberedSet<L extends SetLocale>(specs: Readonly<Record<L, readonly CommandSpec[]>>, prefix: string, locales?: readonly L[]): Command[] {
  // Without `locales`, `specs` is keyed by the suite's locales (SuiteLocale ⊂ SetLocale).
  const order: readonly SetLocale[] = locales ?? SUITE_LOCALES;
  return order.flatMap((locale) => numbered(specs[locale as L], locale, prefix));
}

/** Numbers a locale's commands (`de-DE#7`). */
export function commandsOf(locale: SuiteLocale): Command[] {
  return numbered(SUITE_SPECS[locale], locale);
}

/** Every command of the suite, locale by locale in SUITE_LOCALES order. */
export const SUITE: readonly Command[] = numberedSet(SUITE_SPECS, '');

/**
 * English commands the Chromium spec says (in en-US) to put the page into a command's
 * `given` state before it; Node sets that state directly. Each must work (`npm run commands`
 * warns when one does not; the spec fails the command whose setup did not reach its state).
 */
export const SETUP_SAY = {
  lightOff: 'turn the lights off',
  /** On at 100 %. */
  lightOn: 'set the lights to 100 percent',
  /** On at 50 %. */
  lightDimmed: 'set the lights to 50 percent',
  volume50: 'set the volume to 50',
  play: 'play some music',
  pause: 'pause the music',
} as const;
