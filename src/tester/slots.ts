/**
 * Gold slots as one label per word, and the edits a tester makes on them: mark words
 * `[start, end)` with a slot type, remove the span around a word. Per-word labels are the
 * canonical form (what `annot_utt` encodes), so spans are always maximal runs of one label.
 */
import { OTHER } from '../nlu/decode.ts';
import type { SlotSpan, Word } from '../nlu/types.ts';
import type { WordSpan } from './types.ts';

/** The maximal runs of one non-`Other` label, in word order. */
export function spansOf(wordLabels: readonly string[]): WordSpan[] {
  const spans: WordSpan[] = [];
  for (let i = 0; i < wordLabels.length; ) {
    const label = wordLabels[i]!;
    let end = i + 1;
    while (end < wordLabels.length && wordLabels[end] === label) end++;
    if (label !== OTHER) spans.push({ label, start: i, end });
    i = end;
  }
  return spans;
}

/** A copy of `wordLabels` with words `[start, end)` labelled `label` (`Other` clears them). */
export function setSpan(wordLabels: readonly string[], start: number, end: number, label: string): string[] {
  const lo = Math.max(0, Math.min(start, end));
  const hi = Math.min(wordLabels.length, Math.max(start, end));
  return wordLabels.map((l, i) => (i >= lo && i < hi ? label : l));
}

/** A copy of `wordLabels` without the span that covers word `index` (unchanged if none does). */
export function removeSpanAt(wordLabels: readonly string[], index: number): string[] {
  const span = spansOf(wordLabels).find((s) => index >= s.start && index < s.end);
  return span ? setSpan(wordLabels, span.start, span.end, OTHER) : [...wordLabels];
}

/** The spans as character ranges of the utterance (for the slot highlight). */
export function toSlotSpans(utt: string, words: readonly Word[], wordLabels: readonly string[]): SlotSpan[] {
  return spansOf(wordLabels).flatMap((s) => {
    const first = words[s.start];
    const last = words[s.end - 1];
    if (!first || !last) return [];
    return [{ label: s.label, start: first.start, end: last.end, text: utt.slice(first.start, last.end) }];
  });
}

/** True when two label lists are the same, word by word. */
export function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}

/** Labels of `n` words outside any slot. */
export function allOther(n: number): string[] {
  return Array.from({ length: n }, () => OTHER);
}
