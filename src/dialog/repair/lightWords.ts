/**
 * Whether an utterance names the light: the pack's `lightNouns`, or (a language without a pack)
 * the lamp words of languages/switchWords.ts. One reading for the light, volume and colour rules.
 */
import { saysBrightness } from '../languages/brightnessWords.ts';
import { saysLight } from '../languages/switchWords.ts';
import type { LanguagePack } from '../languages/types.ts';
import { clean, hasPhrase } from '../normalize/text.ts';

/** Whether the utterance `text` says one of the pack's `phrases`. */
export function saysAny(text: string, phrases: readonly string[], pack: LanguagePack): boolean {
  const t = clean(text, pack.code);
  return phrases.some((p) => hasPhrase(t, clean(p, pack.code), pack.code));
}

/** Whether `text` names a light, in `pack`'s words or, without one, in the word tables of `lang`. */
export function namesLight(text: string, pack: LanguagePack | undefined, lang: string): boolean {
  if (pack) return pack.lightNouns !== undefined && saysAny(text, pack.lightNouns, pack);
  return saysLight(clean(text, lang), lang);
}

/** Whether `text` says a brightness word either way, in `pack`'s words or, without one, in the
 * tables of languages/brightnessWords.ts; null where the language has none to say it with. */
export function saysBrightnessWord(text: string, pack: LanguagePack | undefined, lang: string): boolean | null {
  if (pack) return pack.brightness ? saysAny(text, [...pack.brightness.brighter, ...pack.brightness.dimmer], pack) : null;
  return saysBrightness(clean(text, lang), lang);
}
