/**
 * Small builders the packs share. They live here, not in the readers, so a pack never
 * imports a reader (the readers import the packs through the registry).
 */
import type { ItemPattern } from './types.ts';

/** An hour or minute in digitized text. */
export const H = '(\\d{1,2})';

/** A captured group as a number. */
export const n = (s: string | undefined): number => Number(s);

/** The hour before `h` on a 12- or 24-hour clock ("quarter to one" → 12:45). */
export const before = (h: number): number => (h === 1 ? 12 : h === 0 ? 23 : h - 1);

/**
 * A list-item pattern from its verb and the rest. The text it runs on is single-spaced, so
 * no two quantifiers compete for the same spaces; `verb` finds where a try may start.
 */
export const itemPattern = (verb: string, rest: string, flags = 'i'): ItemPattern => ({
  verb: new RegExp(verb, `g${flags}`),
  full: new RegExp(verb + rest, `y${flags}`),
});
