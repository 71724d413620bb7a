/**
 * Colour words → one of the light's colours: "red", "rote", "bleues", "rojas", "赤",
 * "红色", "लाल", "أزرق", "зелёный", "kijani". Inflected forms match by stem; null for
 * anything else ("something softer", "random"), so the skill asks instead of guessing.
 * The stems are the pack's (`colours`); this file matches them. A language without a pack
 * has its colour words in languages/colourWords.ts.
 */
import { colourWordIn } from '../languages/colourWords.ts';
import { en } from '../languages/en.ts';
import { langOf, packFor } from '../languages/index.ts';
import type { ColourKey, LanguagePack } from '../languages/types.ts';
import { clean } from './text.ts';

/** The light's colours (names are the canonical English keys). */
export const COLOURS = {
  red: '#ff3b30',
  orange: '#ff9500',
  yellow: '#ffcc00',
  green: '#34c759',
  blue: '#0a84ff',
  purple: '#af52de',
  pink: '#ff6fb5',
  white: '#ffffff',
  warm: '#ffc46b',
  cool: '#d6e6ff',
} as const satisfies Record<ColourKey, string>;

export type ColourName = ColourKey;

/** A colour named in `locale`'s words (and the word that named it), or null. */
export function parseColour(text: string, locale: string): { name: ColourName; hex: string; word: string } | null {
  const pack = packFor(locale);
  if (!pack) {
    // A language without a pack has a table of colour words only (languages/colourWords.ts).
    const lang = langOf(locale);
    const found = colourWordIn(clean(text, lang), lang);
    return found ? { ...found, hex: COLOURS[found.name] } : match(clean(text, 'en'), en);
  }
  // English colour words are common in every language's speech ("orange", "blue"), so they are tried too.
  return match(clean(text, pack.code), pack) ?? (pack === en ? null : match(clean(text, 'en'), en));
}

function match(t: string, pack: LanguagePack): { name: ColourName; hex: string; word: string } | null {
  const words = t.split(' ');
  if (pack.unspaced || pack.colourMatch === 'substring') {
    // The longest stem found wins: a compound colour word holds another colour's stem (粉红, pink, holds 红, red).
    let best: { name: ColourName; stem: string } | null = null;
    for (const [name, list] of Object.entries(pack.colours) as [ColourName, string][]) {
      for (const stem of list.split('|')) if (t.includes(stem) && stem.length > (best?.stem.length ?? 0)) best = { name, stem };
    }
    if (!best) return null;
    const { name, stem } = best;
    return { name, hex: COLOURS[name], word: pack.unspaced ? stem : (words.find((w) => w.includes(stem)) ?? stem) };
  }
  for (const [name, list] of Object.entries(pack.colours) as [ColourName, string][]) {
    for (const stem of list.split('|')) {
      // 'word': "red" must not match "reduce"; 'prefix': inflected forms (rote, bleues, зелёный).
      const word = words.find((w) => (pack.colourMatch === 'word' ? w === stem || w === `${stem}s` : w.startsWith(stem)));
      if (word) return { name, hex: COLOURS[name], word };
    }
  }
  return null;
}
