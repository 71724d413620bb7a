/**
 * The one check every annotation passes before the tester shows or exports it: a record read
 * from IndexedDB (written by this or an older version, or damaged) and a record read from an
 * imported file alike. A record that fails is set aside with the reason, never shown.
 */
import { splitWords } from '../nlu/words.ts';
import { MAX_INPUT_CHARS } from '../state/types.ts';
import type { Annotation, Judgement, Prediction } from './types.ts';

/** Longest note a tester can write, in UTF-16 code units. */
export const MAX_NOTE_CHARS = 2000;

type Raw = Record<string, unknown>;

const isText = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
const isLabelList = (x: unknown, n: number): x is string[] =>
  Array.isArray(x) && x.length === n && x.every((l) => typeof l === 'string' && /^[^\s[\]]+$/u.test(l));

function judgementOf(x: unknown): Judgement | null | undefined {
  if (x === null || x === 'right' || x === 'wrong') return x;
  return undefined;
}

function predictionOf(x: unknown, words: number): Prediction | string | undefined {
  if (x === undefined) return undefined;
  const p = x as Raw | null;
  if (!p || typeof p !== 'object') return 'prediction is not an object';
  if (!isText(p.intent) || !isText(p.scenario)) return 'prediction has no intent or scenario';
  if (typeof p.confidence !== 'number' || !(p.confidence >= 0 && p.confidence <= 1)) return 'prediction confidence is not within 0..1';
  if (!isLabelList(p.wordLabels, words)) return 'prediction labels do not match the words';
  const learned = p.learned === 'exact' || p.learned === 'neighbour' || p.learned === 'prototype' ? p.learned : undefined;
  return { intent: p.intent, scenario: p.scenario, confidence: p.confidence, wordLabels: [...p.wordLabels], ...(learned ? { learned } : {}) };
}

/**
 * A clean copy of `raw` (only the known fields) if it is a usable annotation, else the
 * reason it is not.
 */
export function validateAnnotation(raw: unknown): Annotation | string {
  const r = raw as Raw | null;
  if (!r || typeof r !== 'object' || Array.isArray(r)) return 'not an object';
  if (!isText(r.id) || r.id.length > 200) return 'no usable id';
  if (!isText(r.locale) || r.locale.length > 35) return 'no usable locale';
  if (!isText(r.utt) || r.utt.trim() === '') return 'empty utterance';
  if (r.utt.length > MAX_INPUT_CHARS) return `utterance longer than ${MAX_INPUT_CHARS} characters`;
  if (!isText(r.intent) || !isText(r.scenario)) return 'no intent or scenario';
  const words = splitWords(r.utt, r.locale).length;
  if (!isLabelList(r.wordLabels, words)) return 'slot labels do not match the words';
  const judgement = judgementOf(r.judgement);
  if (judgement === undefined) return 'judgement is not right, wrong or null';
  if (typeof r.corrected !== 'boolean') return 'corrected is not a boolean';
  if (!isText(r.predictedIntent)) return 'no predicted intent';
  if (typeof r.note !== 'string' || r.note.length > MAX_NOTE_CHARS) return `note is not text up to ${MAX_NOTE_CHARS} characters`;
  if (typeof r.updatedAt !== 'number' || !Number.isFinite(r.updatedAt)) return 'no usable time';
  const prediction = predictionOf(r.prediction, words);
  if (typeof prediction === 'string') return prediction;
  return {
    id: r.id,
    locale: r.locale,
    utt: r.utt,
    intent: r.intent,
    scenario: r.scenario,
    wordLabels: [...r.wordLabels],
    judgement,
    corrected: r.corrected,
    predictedIntent: r.predictedIntent,
    ...(prediction ? { prediction } : {}),
    note: r.note,
    updatedAt: r.updatedAt,
  };
}
