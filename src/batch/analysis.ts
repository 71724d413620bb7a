/**
 * What the batch panel shows beyond the three metrics, gathered from each scored utterance:
 * the intent confusion counts (gold × predicted), and the utterances that are not an exact
 * match, with gold and predicted slots as text. "Exact" is the metric's own definition.
 */
import type { MassiveRecord } from '../nlu/massive.ts';
import { toBio } from '../nlu/metrics.ts';
import type { NluResult } from '../nlu/types.ts';
import type { BatchAnalysis, Failure, SlotText } from './types.ts';

/** Failures kept for the list (all 52 dev locales have tens of thousands); the rest are counted. */
export const MAX_FAILURES = 20_000;

/** The `[label : words]` spans of a MASSIVE `annot_utt`, as written there. */
export function goldSlots(annotUtt: string): SlotText[] {
  return [...annotUtt.matchAll(/\[\s*([^\s:\]]+)\s*:\s*([^\]]*?)\s*\]/g)].map((m) => ({ label: m[1]!, text: m[2]! }));
}

/** Exact match as the metric counts it: the same intent and the same BIO tags. */
export function isExact(gold: Pick<MassiveRecord, 'intent' | 'wordLabels'>, predicted: Pick<NluResult, 'intent' | 'wordLabels'>): boolean {
  if (gold.intent !== predicted.intent) return false;
  const a = toBio(gold.wordLabels);
  const b = toBio(predicted.wordLabels);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Collects the analysis of one run. */
export class AnalysisCollector {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly scenarios: Record<string, string>;
  private readonly failures: Failure[] = [];
  private failureCount = 0;

  /** `modelScenarios`: the model's intent → scenario (labels.json). */
  constructor(
    modelScenarios: Readonly<Record<string, string>>,
    private readonly lineOf: (rec: MassiveRecord) => number,
  ) {
    this.scenarios = { ...modelScenarios };
  }

  /** Adds one scored utterance. */
  add(gold: MassiveRecord, predicted: NluResult): void {
    this.scenarios[gold.intent] ??= gold.scenario;
    this.scenarios[predicted.intent] ??= predicted.scenario;
    let row = this.counts.get(gold.intent);
    if (!row) this.counts.set(gold.intent, (row = new Map()));
    row.set(predicted.intent, (row.get(predicted.intent) ?? 0) + 1);
    if (isExact(gold, predicted)) return;
    this.failureCount += 1;
    if (this.failures.length >= MAX_FAILURES) return;
    this.failures.push({
      line: this.lineOf(gold),
      id: gold.id,
      locale: gold.locale,
      utt: gold.utt,
      gold: { intent: gold.intent, slots: goldSlots(gold.annot_utt) },
      predicted: { intent: predicted.intent, slots: predicted.slots.map((s) => ({ label: s.label, text: s.text })) },
    });
  }

  /** The analysis so far; failures in file order. */
  result(): BatchAnalysis {
    const confusion = [...this.counts].flatMap(([gold, row]) => [...row].map(([predicted, count]) => ({ gold, predicted, count })));
    return {
      confusion,
      scenarios: { ...this.scenarios },
      failures: [...this.failures].sort((a, b) => a.line - b.line),
      failureCount: this.failureCount,
    };
  }
}
