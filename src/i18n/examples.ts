/**
 * Example utterances per locale, written for this project (not taken from MASSIVE): short
 * everyday requests — an alarm, the kitchen lights, the time, the shopping list — that the
 * inspector offers as one-click samples.
 */
import examples from './examples.json' with { type: 'json' };

const TABLE: Readonly<Record<string, readonly string[]>> = examples;

/** The sample utterances for `locale` (empty if the locale has none). */
export function examplesFor(locale: string): readonly string[] {
  return TABLE[locale] ?? [];
}

/** Every locale that has samples. */
export function exampleLocales(): string[] {
  return Object.keys(TABLE);
}
