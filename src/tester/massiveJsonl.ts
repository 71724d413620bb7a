/**
 * The tester's export and import: MASSIVE JSONL, one line per judged turn, with MASSIVE's own
 * fields first (so `npm run eval` and `training/massive.py` read it unchanged) and the
 * tester's after them. The output is a pure function of the stored fields, in a fixed line
 * and key order with `\n` line ends, so export → clear → import → export gives the same bytes.
 */
import { MassiveFormatError, parseRecordLine } from '../nlu/massive.ts';
import { readAnnotUtt, writeAnnotUtt } from './annotUtt.ts';
import type { Annotation } from './types.ts';
import { validateAnnotation } from './validate.ts';

/** The `partition` of every exported record. */
export const TESTER_PARTITION = 'tester';

/** One exported line, in the key order it is written. */
export interface TesterMassiveRecord {
  id: string;
  locale: string;
  partition: string;
  scenario: string;
  intent: string;
  utt: string;
  annot_utt: string;
  judgement: 'right' | 'wrong';
  corrected: boolean;
  predicted_intent: string;
  note: string;
}

/** The record of one judged annotation (null for one the tester has not judged yet). */
export function toMassiveRecord(a: Annotation): TesterMassiveRecord | null {
  if (a.judgement === null) return null;
  // NOTE: an object literal keeps this key order in JSON.stringify; the order is the format.
  return {
    id: a.id,
    locale: a.locale,
    partition: TESTER_PARTITION,
    scenario: a.scenario,
    intent: a.intent,
    utt: a.utt,
    annot_utt: writeAnnotUtt(a.utt, a.locale, a.wordLabels),
    judgement: a.judgement,
    corrected: a.corrected,
    predicted_intent: a.predictedIntent,
    note: a.note,
  };
}

/** Code-unit order (not the locale's collation, which may change between browsers). */
const byId = (a: Annotation, b: Annotation) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The JSONL text of every judged annotation, ordered by id, one `\n` after each line. */
export function exportJsonl(annotations: readonly Annotation[]): string {
  return [...annotations]
    .sort(byId)
    .map(toMassiveRecord)
    .filter((r) => r !== null)
    .map((r) => `${JSON.stringify(r)}\n`)
    .join('');
}

/** What an import read: the annotations, and one message per line it could not use. */
export interface ImportResult {
  annotations: Annotation[];
  errors: string[];
}

/** `rec[key]` when present and of the right type, `fallback` when absent; throws otherwise. */
function optional<T>(rec: Record<string, unknown>, key: string, ok: (x: unknown) => x is T, fallback: T, where: string): T {
  const value = rec[key];
  if (value === undefined) return fallback;
  if (!ok(value)) throw new MassiveFormatError(`${where}: "${key}" has the wrong type`);
  return value;
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isBool = (x: unknown): x is boolean => typeof x === 'boolean';
const isJudgement = (x: unknown): x is 'right' | 'wrong' => x === 'right' || x === 'wrong';

/** One line → an annotation; throws with the reason. */
function readLine(line: string, where: string, now: number): Annotation | null {
  const rec = parseRecordLine(line, where);
  if (!rec) return null;
  const raw = JSON.parse(line) as Record<string, unknown>;
  let wordLabels: string[];
  try {
    wordLabels = readAnnotUtt(rec.utt, rec.annot_utt, rec.locale);
  } catch (e) {
    throw new MassiveFormatError(`${where}: ${(e as Error).message}`);
  }
  // A plain MASSIVE record (no tester fields) reads as a gold example judged right.
  const candidate = {
    id: rec.id,
    locale: rec.locale,
    utt: rec.utt,
    intent: rec.intent,
    scenario: rec.scenario,
    wordLabels,
    judgement: optional(raw, 'judgement', isJudgement, 'right', where),
    corrected: optional(raw, 'corrected', isBool, false, where),
    predictedIntent: optional(raw, 'predicted_intent', isString, rec.intent, where),
    note: optional(raw, 'note', isString, '', where),
    updatedAt: now,
  };
  const checked = validateAnnotation(candidate);
  if (typeof checked === 'string') throw new MassiveFormatError(`${where}: ${checked}`);
  return checked;
}

/**
 * Reads a JSONL file (this export or plain MASSIVE; `\n` or `\r\n`, a leading BOM allowed).
 * A line that cannot be used is reported and skipped; a later line with an id wins.
 */
export function importJsonl(text: string, now: number): ImportResult {
  const byId = new Map<string, Annotation>();
  const errors: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    try {
      const a = readLine(line, `line ${i + 1}`, now);
      if (a) byId.set(a.id, a);
    } catch (e) {
      errors.push(e instanceof MassiveFormatError ? e.message : `line ${i + 1}: ${(e as Error).message}`);
    }
  });
  return { annotations: [...byId.values()], errors };
}
