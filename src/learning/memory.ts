/**
 * The per-locale memory of taught examples and how it changes a parse.
 *
 * Measured on MASSIVE dev (scripts/learningEval.ts): in a locale the model was trained on,
 * stored examples only help where the model is unsure, and overriding a confident model with
 * a neighbour costs accuracy (the shipped model already knows that distribution). So:
 *  1. the same words corrected before → the corrected intent and slots (always);
 *  2. a near-identical example (cosine ≥ `neighbourAt`) while the model is unsure
 *     (confidence < `unsureBelow`) → the example's intent;
 *  3. a locale the model was not trained on (a taught language) → the intent whose examples'
 *     centroid is nearest, when it is near enough: the model's embedding still groups
 *     utterances by meaning, and the memory supplies the labels. The words the utterance
 *     shares with each intent's examples (character trigrams) are added to the score: the
 *     model does not know that language's words, so "on" and "off" may embed alike.
 */
import { spansFromWordLabels } from '../nlu/decode.ts';
import type { NluResult } from '../nlu/types.ts';
import { textKey } from './textKey.ts';
import type { LearnedExample, LearnedMatch, LearnedResult } from './types.ts';
import { dot, normalize } from './vector.ts';

/** Tuning of the decisions above (defaults measured on dev; see the module comment). */
export interface MemoryOptions {
  /** Locales the model was trained on; the prototype rule applies only to the others. */
  modelLocales: readonly string[];
  neighbourAt?: number;
  unsureBelow?: number;
  /** Lowest score (centroid similarity plus the weighted word overlap) that the prototype rule accepts. */
  prototypeAt?: number;
  /** Weight of the word-overlap score beside the centroid similarity in the prototype rule (0: off). */
  lexicalWeight?: number;
}

interface LocaleMemory {
  byId: Map<string, LearnedExample>;
  /** textKey → id of the latest example with those words. */
  byKey: Map<string, string>;
}

/** Softmax temperature over centroid similarities (cosines are close together). */
const PROTOTYPE_TEMPERATURE = 0.05;

/** Default of `MemoryOptions.lexicalWeight` (measured with scripts/learningEval.ts, memory only). */
const LEXICAL_WEIGHT = 0.5;

/**
 * Character trigrams of each word, with its boundaries (" aa", "aa "): the words a taught
 * language's utterance shares with its examples, inflections and unspaced scripts included.
 * The model does not know that language's words, so its embedding may not tell "liecht aa"
 * (light on) from "liecht us" (light off); the words themselves do.
 */
function trigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (const word of textKey(text).split(' ')) {
    if (!word) continue;
    const padded = ` ${word} `;
    const chars = [...padded];
    for (let i = 0; i + 3 <= chars.length; i++) {
      const g = chars.slice(i, i + 3).join('');
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
  }
  return grams;
}

/** Euclidean length; a loop, not `Math.hypot(...)`, whose spread a long text's thousands of trigrams would strain. */
function lengthOf(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v * v;
  return Math.sqrt(s);
}

/** Per intent, the cosine of tf-idf trigram vectors: the query against all of the intent's examples together. */
function lexicalScores(query: string, examples: readonly LearnedExample[], gramsOf: (e: LearnedExample) => Map<string, number>): Map<string, number> {
  const df = new Map<string, number>();
  for (const e of examples) for (const g of gramsOf(e).keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const idf = (g: string) => Math.log((examples.length + 1) / ((df.get(g) ?? 0) + 1)) + 1;
  const q = new Map([...trigrams(query)].map(([g, n]) => [g, n * idf(g)] as const));
  const qNorm = lengthOf(q.values());
  const sums = new Map<string, Map<string, number>>();
  for (const e of examples) {
    const sum = sums.get(e.intent) ?? new Map<string, number>();
    for (const [g, n] of gramsOf(e)) sum.set(g, (sum.get(g) ?? 0) + n * idf(g));
    sums.set(e.intent, sum);
  }
  const scores = new Map<string, number>();
  for (const [intent, sum] of sums) {
    let d = 0;
    for (const [g, w] of q) d += w * (sum.get(g) ?? 0);
    const norm = qNorm * lengthOf(sum.values());
    scores.set(intent, norm > 0 ? d / norm : 0);
  }
  return scores;
}

/** The examples of every locale, in memory; persistence is the caller's (see learner.ts). */
export class LearningMemory {
  private readonly locales = new Map<string, LocaleMemory>();
  private modelLocales: Set<string>;
  private readonly neighbourAt: number;
  private readonly unsureBelow: number;
  private readonly prototypeAt: number;
  private readonly lexicalWeight: number;
  /** Each example's trigrams, computed once. */
  private readonly grams = new WeakMap<LearnedExample, Map<string, number>>();

  constructor(options: MemoryOptions) {
    this.modelLocales = new Set(options.modelLocales);
    this.neighbourAt = options.neighbourAt ?? 0.95;
    this.unsureBelow = options.unsureBelow ?? 0.5;
    this.prototypeAt = options.prototypeAt ?? 0.5;
    this.lexicalWeight = options.lexicalWeight ?? LEXICAL_WEIGHT;
  }

  /** The locales the loaded model was trained on (known only once it is loaded). */
  setModelLocales(locales: readonly string[]): void {
    this.modelLocales = new Set(locales);
  }

  private localeMemory(locale: string): LocaleMemory {
    let m = this.locales.get(locale);
    if (!m) {
      m = { byId: new Map(), byKey: new Map() };
      this.locales.set(locale, m);
    }
    return m;
  }

  /** Adds or replaces an example (same id); a later example with the same words wins. */
  add(example: LearnedExample): void {
    this.remove(example.id);
    const m = this.localeMemory(example.locale);
    m.byId.set(example.id, example);
    m.byKey.set(textKey(example.text), example.id);
  }

  /** Removes one example; true when it was there. */
  remove(id: string): boolean {
    for (const m of this.locales.values()) {
      const ex = m.byId.get(id);
      if (!ex) continue;
      m.byId.delete(id);
      const key = textKey(ex.text);
      if (m.byKey.get(key) === id) {
        m.byKey.delete(key);
        // An older example with the same words takes over again.
        const older = [...m.byId.values()].filter((e) => textKey(e.text) === key).sort((a, b) => b.createdAt - a.createdAt)[0];
        if (older) m.byKey.set(key, older.id);
      }
      return true;
    }
    return false;
  }

  /** Forgets one locale's examples, or every example. */
  clear(locale?: string): void {
    if (locale === undefined) this.locales.clear();
    else this.locales.delete(locale);
  }

  /** The examples of one locale (or all), oldest first. */
  list(locale?: string): LearnedExample[] {
    const all = locale === undefined ? [...this.locales.values()] : [this.locales.get(locale)].filter((m) => m !== undefined);
    return all.flatMap((m) => [...m.byId.values()]).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  /** Number of examples in a locale (or in all). */
  count(locale?: string): number {
    if (locale !== undefined) return this.locales.get(locale)?.byId.size ?? 0;
    let n = 0;
    for (const m of this.locales.values()) n += m.byId.size;
    return n;
  }

  /**
   * The result with the memory's decision applied. `scenarios` maps an intent to its
   * scenario (the model's labels.json), `modelId` names the model that made the embedding.
   */
  apply(result: NluResult, scenarios: Readonly<Record<string, string>>, modelId: string): LearnedResult {
    const m = this.locales.get(result.locale);
    if (!m || m.byId.size === 0) return result;
    const exactId = m.byKey.get(textKey(result.text));
    const exact = exactId ? m.byId.get(exactId) : undefined;
    if (exact) return this.withIntent(result, exact.intent, scenarios, { kind: 'exact', exampleId: exact.id, similarity: 1 }, 1, exact.wordLabels);
    if (!result.embedding) return result;
    const query = normalize(result.embedding);
    const comparable = [...m.byId.values()].filter((e) => e.modelId === modelId && e.embedding.length === query.length);
    if (comparable.length === 0) return result;
    if (!this.modelLocales.has(result.locale)) return this.byPrototype(result, query, comparable, scenarios);
    if (result.confidence >= this.unsureBelow) return result;
    let best: LearnedExample | null = null;
    let bestSim = -Infinity;
    for (const e of comparable) {
      const s = dot(query, e.embedding);
      if (s > bestSim) [best, bestSim] = [e, s];
    }
    if (!best || bestSim < this.neighbourAt) return result;
    return this.withIntent(result, best.intent, scenarios, { kind: 'neighbour', exampleId: best.id, similarity: bestSim }, 1);
  }

  private byPrototype(result: NluResult, query: number[], examples: LearnedExample[], scenarios: Readonly<Record<string, string>>): LearnedResult {
    const sums = new Map<string, number[]>();
    for (const e of examples) {
      const s = sums.get(e.intent);
      if (s) for (let i = 0; i < s.length; i++) s[i]! += e.embedding[i]!;
      else sums.set(e.intent, [...e.embedding]);
    }
    const lexical = this.lexicalWeight > 0 ? lexicalScores(result.text, examples, (e) => this.gramsOf(e)) : null;
    const sims = [...sums].map(([intent, sum]) => {
      const sim = dot(query, normalize(sum));
      return { intent, sim, score: sim + this.lexicalWeight * (lexical?.get(intent) ?? 0) };
    });
    sims.sort((a, b) => b.score - a.score);
    const top = sims[0]!;
    // Near enough by meaning and words together: "liecht aa" embeds far from every example
    // (0.37 with v4), but its two words are those of the "light on" examples.
    if (top.score < this.prototypeAt) return result;
    // A probability over the taught intents, so the dialog's confidence gate means the same.
    const weights = sims.map((s) => Math.exp((s.score - top.score) / PROTOTYPE_TEMPERATURE));
    const confidence = 1 / weights.reduce((a, b) => a + b, 0);
    return this.withIntent(result, top.intent, scenarios, { kind: 'prototype', exampleId: null, similarity: top.sim }, confidence);
  }

  private gramsOf(e: LearnedExample): Map<string, number> {
    let g = this.grams.get(e);
    if (!g) this.grams.set(e, (g = trigrams(e.text)));
    return g;
  }

  private withIntent(
    result: NluResult,
    intent: string,
    scenarios: Readonly<Record<string, string>>,
    match: Pick<LearnedMatch, 'kind' | 'exampleId' | 'similarity'>,
    confidence: number,
    wordLabels?: readonly string[],
  ): LearnedResult {
    const learned: LearnedMatch = { ...match, modelIntent: result.intent, modelConfidence: result.confidence };
    const labels = wordLabels && wordLabels.length === result.words.length ? [...wordLabels] : null;
    return {
      ...result,
      intent,
      scenario: scenarios[intent] ?? intent.split('_')[0] ?? intent,
      confidence,
      ...(labels ? { wordLabels: labels, slots: spansFromWordLabels(result.text, result.words, labels) } : {}),
      learned,
    };
  }
}
