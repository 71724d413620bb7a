/**
 * The report's views of the intent confusion counts: the matrix laid out by scenario (only the
 * intents that occur, as gold or as prediction; scenarios and intents in alphabetical order, so
 * each scenario is one block on the diagonal) and precision, recall and F1 per intent.
 */
import type { ConfusionCell } from './types.ts';

/** A scenario's block of the matrix. */
export interface ScenarioBlock {
  scenario: string;
  intents: string[];
}

/** The square matrix: `counts[gold][predicted]` in `intents` order. */
export interface ConfusionGrid {
  blocks: ScenarioBlock[];
  intents: string[];
  counts: number[][];
  /** Gold utterances per row. */
  rowTotals: number[];
}

/** An intent's scenario: from the model's labels or the data, else the part before `_`. */
export function scenarioOf(intent: string, scenarios: Readonly<Record<string, string>>): string {
  return scenarios[intent] ?? intent.split('_')[0] ?? intent;
}

/** Lays out the non-zero `cells` as a scenario-blocked square matrix. */
export function confusionGrid(cells: readonly ConfusionCell[], scenarios: Readonly<Record<string, string>>): ConfusionGrid {
  const present = new Set(cells.flatMap((c) => [c.gold, c.predicted]));
  const byScenario = new Map<string, string[]>();
  for (const intent of [...present].sort()) {
    const scenario = scenarioOf(intent, scenarios);
    byScenario.set(scenario, [...(byScenario.get(scenario) ?? []), intent]);
  }
  const blocks = [...byScenario].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([scenario, intents]) => ({ scenario, intents }));
  const intents = blocks.flatMap((b) => b.intents);
  const index = new Map(intents.map((intent, i) => [intent, i]));
  const counts = intents.map(() => intents.map(() => 0));
  for (const c of cells) counts[index.get(c.gold)!]![index.get(c.predicted)!]! += c.count;
  return { blocks, intents, counts, rowTotals: counts.map((row) => row.reduce((a, n) => a + n, 0)) };
}

/** Intent classification scores of one intent, in percent. */
export interface IntentScores {
  intent: string;
  scenario: string;
  precision: number;
  recall: number;
  f1: number;
  /** Gold utterances of this intent. */
  support: number;
  /** Utterances predicted as this intent. */
  predicted: number;
}

/** Precision, recall and F1 per intent (0 where undefined), worst F1 first. */
export function intentScores(cells: readonly ConfusionCell[], scenarios: Readonly<Record<string, string>>): IntentScores[] {
  const stats = new Map<string, { tp: number; gold: number; pred: number }>();
  const get = (intent: string) => stats.get(intent) ?? stats.set(intent, { tp: 0, gold: 0, pred: 0 }).get(intent)!;
  for (const c of cells) {
    get(c.gold).gold += c.count;
    get(c.predicted).pred += c.count;
    if (c.gold === c.predicted) get(c.gold).tp += c.count;
  }
  return [...stats]
    .map(([intent, s]) => {
      const precision = s.pred ? s.tp / s.pred : 0;
      const recall = s.gold ? s.tp / s.gold : 0;
      const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
      return { intent, scenario: scenarioOf(intent, scenarios), precision: 100 * precision, recall: 100 * recall, f1: 100 * f1, support: s.gold, predicted: s.pred };
    })
    .sort((a, b) => a.f1 - b.f1 || (a.intent < b.intent ? -1 : 1));
}
