/**
 * The evaluation loop behind `npm run eval`: reads MASSIVE records, parses them in
 * length-sorted batches with the app's NluModel, and scores each locale. Separate from the
 * CLI so that tests can run it on the fixture model.
 */
import { readRecords } from './node/massiveFiles.ts';
import type { MassiveRecord } from '../src/nlu/massive.ts';
import { meanScores, MetricsAccumulator, round1, type Scores } from '../src/nlu/metrics.ts';
import type { NluModel } from '../src/nlu/nluModel.ts';

/** What to evaluate. */
export interface EvalOptions {
  data: string;
  locales?: string[];
  /** Partitions to keep; default: every partition except `train`. */
  partitions?: string[];
  batchSize: number;
  onProgress?: (p: { locale: string; doneInLocale: number; localeTotal: number; done: number; total: number; msPerUtt: number }) => void;
}

/** The JSON report (percentages with one decimal). */
export interface EvalReport {
  model: string;
  locales: Record<string, Scores>;
  mean: Omit<Scores, 'n'>;
  ms_per_utterance: number;
  utterances: number;
  /** Utterances whose `utt` split gives a different word count than `annot_utt`. */
  word_count_mismatches: number;
}

const rounded = (s: Scores): Scores => ({ n: s.n, intent_acc: round1(s.intent_acc), slot_f1: round1(s.slot_f1), exact_match: round1(s.exact_match) });

/** Runs the evaluation; throws when no record matches. */
export async function runEval(model: NluModel, opts: EvalOptions): Promise<EvalReport> {
  const byLocale = new Map<string, MassiveRecord[]>();
  const filter = {
    locales: opts.locales,
    partitions: opts.partitions,
    excludePartitions: opts.partitions ? undefined : ['train'],
    charSplitLocales: model.config.char_split_locales,
  };
  for await (const rec of readRecords(opts.data, filter)) {
    let recs = byLocale.get(rec.locale);
    if (!recs) byLocale.set(rec.locale, (recs = []));
    recs.push(rec);
  }
  const total = [...byLocale.values()].reduce((a, r) => a + r.length, 0);
  if (total === 0) throw new Error(`no records to evaluate in ${opts.data} (partition ${opts.partitions?.join(',') ?? 'not train'})`);

  const scores = new Map<string, Scores>();
  let done = 0;
  let mismatches = 0;
  let busyMs = 0;
  for (const [locale, recs] of byLocale) {
    const acc = new MetricsAccumulator();
    // NOTE: sorting by length keeps padding small; metrics do not depend on order.
    const sorted = [...recs].sort((a, b) => a.utt.length - b.utt.length);
    for (let i = 0; i < sorted.length; i += opts.batchSize) {
      const chunk = sorted.slice(i, i + opts.batchSize);
      const t0 = performance.now();
      const results = await model.parseBatch(chunk.map((r) => ({ text: r.utt, locale: r.locale })));
      busyMs += performance.now() - t0;
      results.forEach((res, j) => {
        const gold = chunk[j]!;
        if (res.wordLabels.length !== gold.wordLabels.length) mismatches += 1;
        acc.add(gold.intent, res.intent, gold.wordLabels, res.wordLabels);
      });
      done += chunk.length;
      opts.onProgress?.({ locale, doneInLocale: Math.min(i + opts.batchSize, sorted.length), localeTotal: sorted.length, done, total, msPerUtt: busyMs / done });
    }
    scores.set(locale, acc.scores());
  }
  const mean = rounded(meanScores([...scores.values()]));
  return {
    model: model.config.model_id,
    locales: Object.fromEntries([...scores].map(([k, s]) => [k, rounded(s)])),
    mean: { intent_acc: mean.intent_acc, slot_f1: mean.slot_f1, exact_match: mean.exact_match },
    ms_per_utterance: Math.round((busyMs / total) * 1000) / 1000,
    utterances: total,
    word_count_mismatches: mismatches,
  };
}
