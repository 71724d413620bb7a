/**
 * MASSIVE records: parsing one JSONL line and turning `annot_utt` into gold words and word
 * labels exactly as ../shared/docs/EVALUATION.md says (mirrors training/massive.py).
 * Pure code; reading files from disk lives in scripts/node/massiveFiles.ts (Node only).
 */
import { OTHER } from './decode.ts';
import { DEFAULT_CHAR_SPLIT_LOCALES, isAscii, isCharSplit, pySplit } from './words.ts';

/** One MASSIVE record with its gold words and word labels. */
export interface MassiveRecord {
  id: string;
  locale: string;
  partition: string;
  intent: string;
  scenario: string;
  utt: string;
  annot_utt: string;
  words: string[];
  wordLabels: string[];
}

/** A record that cannot be read; the message names the file and line. */
export class MassiveFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MassiveFormatError';
  }
}

const REQUIRED = ['id', 'locale', 'partition', 'intent', 'utt', 'annot_utt'] as const;

/**
 * Gold words and one label per word from `annot_utt`: `[label` opens a slot (the `:` chunk
 * after it is skipped), a chunk ending in `]` closes it; ja/zh non-ASCII chunks split per character.
 */
export function wordsAndLabels(
  annotUtt: string,
  locale: string,
  charSplitLocales: readonly string[] = DEFAULT_CHAR_SPLIT_LOCALES,
): { words: string[]; labels: string[] } {
  const words: string[] = [];
  const labels: string[] = [];
  const perChar = isCharSplit(locale, charSplitLocales);
  const chunks = pySplit(annotUtt);
  let label = OTHER;
  for (let i = 0; i < chunks.length; i++) {
    let chunk = chunks[i]!;
    if (chunk.startsWith('[')) {
      label = chunk.slice(1);
      if (!label) throw new Error(`empty slot label in ${JSON.stringify(annotUtt)}`);
      i += 1; // skip the ':' chunk
      continue;
    }
    const closes = chunk.endsWith(']');
    if (closes) chunk = chunk.slice(0, -1);
    if (perChar && !isAscii(chunk)) {
      for (const ch of chunk) {
        words.push(ch);
        labels.push(label);
      }
    } else if (chunk) {
      words.push(chunk);
      labels.push(label);
    }
    if (closes) label = OTHER;
  }
  return { words, labels };
}

/**
 * Parses one JSONL line into a record. `where` (e.g. `file:line`) prefixes every error.
 * Returns null for a blank line.
 */
export function parseRecordLine(
  line: string,
  where: string,
  charSplitLocales: readonly string[] = DEFAULT_CHAR_SPLIT_LOCALES,
): MassiveRecord | null {
  if (!line.trim()) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    throw new MassiveFormatError(`${where}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MassiveFormatError(`${where}: expected a JSON object`);
  }
  const rec = raw as Record<string, unknown>;
  const missing = REQUIRED.filter((k) => typeof rec[k] !== 'string');
  if (missing.length) throw new MassiveFormatError(`${where}: missing or non-string field(s) ${missing.join(', ')}`);
  const s = (k: string) => rec[k] as string;
  let parsed: { words: string[]; labels: string[] };
  try {
    parsed = wordsAndLabels(s('annot_utt'), s('locale'), charSplitLocales);
  } catch (e) {
    throw new MassiveFormatError(`${where}: ${(e as Error).message}`);
  }
  const scenario = typeof rec.scenario === 'string' && rec.scenario ? rec.scenario : s('intent').split('_')[0]!;
  return {
    id: s('id'),
    locale: s('locale'),
    partition: s('partition'),
    intent: s('intent'),
    scenario,
    utt: s('utt'),
    annot_utt: s('annot_utt'),
    words: parsed.words,
    wordLabels: parsed.labels,
  };
}
