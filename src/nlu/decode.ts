/**
 * Model output → result (docs/model-format.md "From model output to a result"): intent
 * argmax with softmax confidence and top-5, one slot label per word read at its first token,
 * and slot spans mapped back to character ranges of the original text.
 */
import type { IntentScore, ModelLabels, SlotSpan, Word } from './types.ts';

/** The label of words outside any slot; index 0 of `labels.slots`. */
export const OTHER = 'Other';

/** Numerically stable softmax of `logits[offset .. offset+n)`. */
export function softmax(logits: ArrayLike<number>, offset = 0, n = logits.length - offset): number[] {
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, logits[offset + i]!);
  const exps: number[] = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp(logits[offset + i]! - max);
    exps[i] = e;
    sum += e;
  }
  return exps.map((e) => e / sum);
}

/** Index of the largest value in `values[offset .. offset+n)` (first one on ties). */
export function argmax(values: ArrayLike<number>, offset = 0, n = values.length - offset): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (values[offset + i]! > values[offset + best]!) best = i;
  return best;
}

/** Intent decision for one row of `intent_logits`. */
export interface IntentDecision {
  intent: string;
  scenario: string;
  confidence: number;
  top5: IntentScore[];
}

/** Decodes the intent of batch row `row` from flat `intent_logits` `[batch, nIntents]`. */
export function decodeIntent(intentLogits: ArrayLike<number>, row: number, labels: ModelLabels): IntentDecision {
  const n = labels.intents.length;
  const probs = softmax(intentLogits, row * n, n);
  const order = probs.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || a.i - b.i);
  const best = argmax(intentLogits, row * n, n);
  const intent = labels.intents[best]!;
  return {
    intent,
    scenario: labels.scenarios[intent] ?? intent.split('_')[0]!,
    confidence: probs[best]!,
    top5: order.slice(0, 5).map(({ p, i }) => ({ intent: labels.intents[i]!, p })),
  };
}

/**
 * One label per word: argmax of `slot_logits` `[batch, seqLen, nSlots]` at the word's first
 * token; words with `wordStart < 0` (truncated away) get `Other`.
 */
export function decodeWordLabels(
  slotLogits: ArrayLike<number>,
  row: number,
  seqLen: number,
  wordStarts: readonly number[],
  labels: ModelLabels,
): string[] {
  const n = labels.slots.length;
  return wordStarts.map((t) => {
    if (t < 0 || t >= seqLen) return OTHER;
    return labels.slots[argmax(slotLogits, (row * seqLen + t) * n, n)]!;
  });
}

/**
 * Groups adjacent words with the same non-`Other` label into spans (the reference BIO rule),
 * each running from its first word's start to its last word's end in `text`.
 */
export function spansFromWordLabels(text: string, words: readonly Word[], wordLabels: readonly string[]): SlotSpan[] {
  const spans: SlotSpan[] = [];
  let prev = OTHER;
  words.forEach((w, i) => {
    const label = wordLabels[i] ?? OTHER;
    const last = spans[spans.length - 1];
    if (label !== OTHER && label === prev && last) {
      last.end = w.end;
      last.text = text.slice(last.start, last.end);
    } else if (label !== OTHER) {
      spans.push({ label, start: w.start, end: w.end, text: w.text });
    }
    prev = label;
  });
  return spans;
}
