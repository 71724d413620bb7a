/**
 * Test helpers for the tester's unit tests (not part of the view): an NLU result as the
 * runtime gives it, from text and word labels, and an annotation built from it.
 */
import type { NluResult } from '../nlu/types.ts';
import { splitWords } from '../nlu/words.ts';
import { newAnnotation } from './edits.ts';
import type { Annotation } from './types.ts';

/** An NluResult for `text` with `intent` and one label per word (all `Other` when omitted). */
export function fakeResult(text: string, intent: string, locale = 'en-US', wordLabels?: string[], confidence = 0.9): NluResult {
  const words = splitWords(text, locale);
  return {
    text,
    locale,
    intent,
    scenario: intent.split('_')[0]!,
    confidence,
    top5: [{ intent, p: confidence }],
    slots: [],
    words,
    wordLabels: wordLabels ?? words.map(() => 'Other'),
    timings: { tokenizeMs: 0, inferenceMs: 0 },
    backend: 'wasm',
    truncated: false,
  };
}

/** A new unjudged annotation of `text` with id `id`. */
export function fakeAnnotation(id: string, text: string, intent: string, locale = 'en-US', wordLabels?: string[]): Annotation {
  return newAnnotation(id, fakeResult(text, intent, locale, wordLabels), 1_000);
}
