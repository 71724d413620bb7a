/**
 * The changes a tester makes to one annotation, as pure functions: a new turn from the
 * model's reading, a judgement, a corrected intent, corrected slots, a note. Each returns a
 * new record with `corrected` recomputed, so the flag always says whether the gold reading
 * differs from the prediction.
 */
import { OTHER } from '../nlu/decode.ts';
import type { NluResult } from '../nlu/types.ts';
import { splitWords } from '../nlu/words.ts';
import { sameLabels } from './slots.ts';
import type { Annotation, Judgement, Prediction } from './types.ts';
import { MAX_NOTE_CHARS } from './validate.ts';

/**
 * A sortable unique id: the UTC time to the millisecond and 4 random hex digits
 * (`20261202T231500123-1a2b`); ids of one tab sort in creation order, and two tabs writing
 * in the same millisecond still get different ids.
 */
export function makeId(ms: number, random: () => number = Math.random): string {
  const iso = new Date(ms).toISOString(); // 2026-12-02T23:15:00.123Z
  const stamp = iso.slice(0, 23).replace(/[-:.]/g, '');
  const suffix = Math.floor(random() * 0x10000).toString(16).padStart(4, '0');
  return `${stamp}-${suffix}`;
}

/** The scenario of an intent: from the model's labels when known, else MASSIVE's prefix. */
export function scenarioOf(intent: string, scenarios?: Readonly<Record<string, string>>): string {
  return scenarios?.[intent] ?? intent.split('_')[0]!;
}

/** The model's word labels fitted to the utterance's words (a different split pads with `Other`). */
function fitLabels(labels: readonly string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => labels[i] ?? OTHER);
}

/** A new, unjudged turn: the gold reading starts as the model's. */
/** How learning decided a result, if it did (`LearnedResult.learned`; a plain NluResult has none). */
function learnedOf(result: NluResult): Prediction['learned'] {
  const kind = (result as NluResult & { learned?: { kind?: unknown } }).learned?.kind;
  return kind === 'exact' || kind === 'neighbour' || kind === 'prototype' ? kind : undefined;
}

export function newAnnotation(id: string, result: NluResult, now: number): Annotation {
  const wordLabels = fitLabels(result.wordLabels, splitWords(result.text, result.locale).length);
  return {
    id,
    locale: result.locale,
    utt: result.text,
    intent: result.intent,
    scenario: result.scenario,
    wordLabels,
    judgement: null,
    corrected: false,
    predictedIntent: result.intent,
    prediction: {
      intent: result.intent,
      scenario: result.scenario,
      confidence: result.confidence,
      wordLabels: [...wordLabels],
      ...(learnedOf(result) ? { learned: learnedOf(result) } : {}),
    },
    note: '',
    updatedAt: now,
  };
}

/** Whether a gold reading differs from what the model predicted. */
function isCorrected(a: Annotation, intent: string, wordLabels: readonly string[]): boolean {
  if (a.prediction) return intent !== a.prediction.intent || !sameLabels(wordLabels, a.prediction.wordLabels);
  // Read back from an export: the predicted slots are not known; a change of slots counts.
  return intent !== a.predictedIntent || a.corrected || !sameLabels(wordLabels, a.wordLabels);
}

/**
 * The tester's verdict. `right` makes the gold reading the model's again (whatever was
 * corrected before); `wrong` keeps it for the tester to correct.
 */
export function judge(a: Annotation, judgement: Judgement, now: number, scenarios?: Readonly<Record<string, string>>): Annotation {
  if (judgement === 'wrong') return { ...a, judgement, updatedAt: now };
  const intent = a.prediction?.intent ?? a.predictedIntent;
  const scenario = a.prediction?.scenario ?? scenarioOf(intent, scenarios);
  const wordLabels = a.prediction ? [...a.prediction.wordLabels] : a.wordLabels;
  return { ...a, judgement, intent, scenario, wordLabels, corrected: false, updatedAt: now };
}

/** The right intent (a correction: the turn is judged wrong). */
export function withIntent(a: Annotation, intent: string, scenario: string, now: number): Annotation {
  return { ...a, judgement: 'wrong', intent, scenario, corrected: isCorrected(a, intent, a.wordLabels), updatedAt: now };
}

/** The right slots, one label per word (a correction: the turn is judged wrong). */
export function withLabels(a: Annotation, wordLabels: readonly string[], now: number): Annotation {
  if (wordLabels.length !== a.wordLabels.length) throw new Error(`${wordLabels.length} labels for ${a.wordLabels.length} words`);
  return { ...a, judgement: 'wrong', wordLabels: [...wordLabels], corrected: isCorrected(a, a.intent, wordLabels), updatedAt: now };
}

/** The tester's note (cut to the limit); the judgement stays. */
export function withNote(a: Annotation, note: string, now: number): Annotation {
  return { ...a, note: note.slice(0, MAX_NOTE_CHARS), updatedAt: now };
}
