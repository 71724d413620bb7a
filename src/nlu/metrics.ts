/**
 * The three MASSIVE metrics exactly as ../shared/docs/EVALUATION.md defines them: intent
 * accuracy, slot micro-F1 over BIO tags (seqeval's default `f1_score`, ported line for line)
 * and exact match. Word labels in, percentages out.
 */
import { OTHER } from './decode.ts';

/** Word labels → BIO: `Other` → `O`; a change of label → `B-x`; the same label again → `I-x`. */
export function toBio(wordLabels: readonly string[]): string[] {
  let prev = OTHER;
  return wordLabels.map((label) => {
    const tag = label === OTHER ? 'O' : label === prev ? `I-${label}` : `B-${label}`;
    prev = label;
    return tag;
  });
}

/** A seqeval chunk: type and inclusive word range. */
export interface Chunk {
  type: string;
  begin: number;
  end: number;
}

function endOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (prevTag === 'E' || prevTag === 'S') return true;
  if ((prevTag === 'B' || prevTag === 'I') && (tag === 'B' || tag === 'S' || tag === 'O')) return true;
  return prevTag !== 'O' && prevTag !== '.' && prevType !== type;
}

function startOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (tag === 'B' || tag === 'S') return true;
  if ((prevTag === 'E' || prevTag === 'S' || prevTag === 'O') && (tag === 'E' || tag === 'I')) return true;
  return tag !== 'O' && tag !== '.' && prevType !== type;
}

/** seqeval's `get_entities` (default, non-strict mode) on one tag sequence. */
export function getEntities(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let prevTag = 'O';
  let prevType = '';
  let begin = 0;
  [...tags, 'O'].forEach((chunk, i) => {
    const tag = chunk.charAt(0);
    const rest = chunk.slice(1);
    const dash = rest.indexOf('-');
    const type = (dash < 0 ? rest : rest.slice(dash + 1)) || '_';
    if (endOfChunk(prevTag, tag, prevType, type)) chunks.push({ type: prevType, begin, end: i - 1 });
    if (startOfChunk(prevTag, tag, prevType, type)) begin = i;
    prevTag = tag;
    prevType = type;
  });
  return chunks;
}

/** Metrics of one locale (or the mean over locales), in percent. */
export interface Scores {
  n: number;
  intent_acc: number;
  slot_f1: number;
  exact_match: number;
}

/** Accumulates predictions and gold labels of one locale and scores them. */
export class MetricsAccumulator {
  private n = 0;
  private intentHits = 0;
  private exactHits = 0;
  private tp = 0;
  private nPred = 0;
  private nTrue = 0;

  /** Adds one utterance: gold and predicted intent, gold and predicted word labels. */
  add(goldIntent: string, predIntent: string, goldLabels: readonly string[], predLabels: readonly string[]): void {
    const goldBio = toBio(goldLabels);
    const predBio = toBio(predLabels);
    const key = (c: Chunk) => `${c.type}\u0000${c.begin}\u0000${c.end}`;
    const gold = new Set(getEntities(goldBio).map(key));
    const pred = new Set(getEntities(predBio).map(key));
    this.n += 1;
    this.nTrue += gold.size;
    this.nPred += pred.size;
    for (const k of pred) if (gold.has(k)) this.tp += 1;
    const intentOk = goldIntent === predIntent;
    if (intentOk) this.intentHits += 1;
    if (intentOk && goldBio.length === predBio.length && goldBio.every((t, i) => t === predBio[i])) this.exactHits += 1;
  }

  /** Scores so far, in percent (unrounded); F1 is 0 when there are no spans at all. */
  scores(): Scores {
    const precision = this.nPred ? this.tp / this.nPred : 0;
    const recall = this.nTrue ? this.tp / this.nTrue : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    const pct = (x: number) => (this.n ? (100 * x) / this.n : 0);
    return {
      n: this.n,
      intent_acc: pct(this.intentHits),
      slot_f1: 100 * f1,
      exact_match: pct(this.exactHits),
    };
  }
}

/** Plain mean over locales of each metric (`n` is the total). */
export function meanScores(perLocale: readonly Scores[]): Scores {
  const k = perLocale.length || 1;
  const sum = (f: (s: Scores) => number) => perLocale.reduce((a, s) => a + f(s), 0);
  return {
    n: sum((s) => s.n),
    intent_acc: sum((s) => s.intent_acc) / k,
    slot_f1: sum((s) => s.slot_f1) / k,
    exact_match: sum((s) => s.exact_match) / k,
  };
}

/** Rounds a percentage to one decimal, as the reports print it. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
