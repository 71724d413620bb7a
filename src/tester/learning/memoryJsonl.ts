/**
 * What was learned, as MASSIVE JSONL (`partition: "memory"`, the tester's `annot_utt` writer),
 * so it can be kept, shared, evaluated with `npm run eval` or trained on; and back. Embeddings
 * are not exported: they belong to one model, and an import re-embeds with the current one.
 */
import type { LearnedExample } from '../../learning/index.ts';
import { readAnnotUtt, writeAnnotUtt } from '../annotUtt.ts';

export const MEMORY_PARTITION = 'memory';

/** One JSONL line per example, in the memory's order, keys in a fixed order. */
export function memoryToJsonl(examples: readonly LearnedExample[], scenarios: Readonly<Record<string, string>>): string {
  return examples
    .map((e) =>
      JSON.stringify({
        id: e.id,
        locale: e.locale,
        partition: MEMORY_PARTITION,
        scenario: scenarios[e.intent] ?? e.intent.split('_')[0],
        intent: e.intent,
        utt: e.text,
        annot_utt: writeAnnotUtt(e.text, e.locale, e.wordLabels),
        source: e.source,
        created_at: e.createdAt,
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** A line read back: what to teach again. */
export interface MemoryLine {
  text: string;
  locale: string;
  intent: string;
  wordLabels: string[];
  source: LearnedExample['source'];
}

/** Reads a memory (or any MASSIVE) JSONL; bad lines are reported by number, the rest kept. */
export function memoryFromJsonl(text: string, intents: readonly string[]): { lines: MemoryLine[]; errors: string[] } {
  const lines: MemoryLine[] = [];
  const errors: string[] = [];
  const known = new Set(intents);
  text.split(/\r?\n/u).forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const r = JSON.parse(raw) as Record<string, unknown>;
      const { utt, locale, intent } = r;
      if (typeof utt !== 'string' || typeof locale !== 'string' || typeof intent !== 'string' || !utt.trim()) throw new Error('needs utt, locale and intent');
      if (!known.has(intent)) throw new Error(`unknown intent ${intent}`);
      const annot = typeof r.annot_utt === 'string' ? r.annot_utt : utt;
      const source = r.source === 'rephrase' || r.source === 'taught' ? r.source : 'correction';
      lines.push({ text: utt, locale, intent, wordLabels: readAnnotUtt(utt, annot, locale), source });
    } catch (err) {
      errors.push(`line ${i + 1}: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return { lines, errors };
}
