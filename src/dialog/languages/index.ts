/**
 * The language packs, by ISO 639-1 code. A locale's pack is found by its language part
 * (`pt-BR` → pt). Adding a language: its pack file, one line here, its rows in the pack test.
 */
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko/index.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { sw } from './sw.ts';
import { tr } from './tr.ts';
import type { LanguagePack } from './types.ts';
import { zh } from './zh.ts';

export type { LanguagePack } from './types.ts';

/** Every pack, in the order the docs list them. */
export const PACKS: readonly LanguagePack[] = [en, de, fr, es, it, pt, ja, zh, hi, ar, ru, sw, nl, pl, tr, ko];

const BY_CODE: ReadonlyMap<string, LanguagePack> = new Map(PACKS.map((p) => [p.code, p]));

/** Languages without a pack whose script is written without spaces between words (Thai, Khmer, Burmese, Lao). */
export const UNSPACED_WITHOUT_PACK: ReadonlySet<string> = new Set(['th', 'km', 'my', 'lo']);

/** Language part of a MASSIVE locale, lower-cased (`pt-PT` → `pt`). */
export function langOf(locale: string): string {
  return (locale.split('-')[0] ?? locale).toLowerCase();
}

/** The pack for a locale or a bare language code; undefined where none exists (then the small tables beside the packs are read: numberWords.ts and others). */
export function packFor(locale: string): LanguagePack | undefined {
  return BY_CODE.get(langOf(locale));
}

/**
 * The locale's pack, then the English one: for keywords people mix in from English
 * ("timer", "stop", "cancel", "percent"), also where no pack exists.
 */
export function withEnglish(locale: string): LanguagePack[] {
  const own = packFor(locale);
  return own && own !== en ? [own, en] : [en];
}
