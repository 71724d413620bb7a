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
