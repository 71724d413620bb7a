/**
 * Regex building blocks for the word tables of languages without a pack (switch, light and
 * colour words): matched on the cleaned lower-case text, where `\b` would not do, since it
 * knows only ASCII letters ("ljus", "đèn", "სინათლე").
 */
export const LETTER = '[\\p{L}\\p{M}]';

/** A whole word: no letter before or after. */
export const word = (w: string): string => `(?<!${LETTER})(?:${w})(?!${LETTER})`;

/** A word start: no letter before (so a stem finds its inflected forms). */
export const stem = (w: string): string => `(?<!${LETTER})(?:${w})`;

/** One regex for a list of sources: any of them. */
export const anyOf = (sources: readonly string[]): RegExp => new RegExp(sources.join('|'), 'u');

/** The one key of `table` whose regex finds something in `text`; null for none, or more than one. */
export function saidOnly<K extends string>(text: string, table: Readonly<Record<K, RegExp>>): K | null {
  const said = (Object.keys(table) as K[]).filter((k) => table[k].test(text));
  return said.length === 1 ? said[0]! : null;
}
