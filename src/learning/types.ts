/**
 * Types of on-device learning (issue 12): what the memory keeps and what it says about a
 * parse. A leaf: it imports only the NLU's types.
 */
import type { NluResult } from '../nlu/types.ts';

/** How an example got into the memory. */
export type ExampleSource = 'correction' | 'rephrase' | 'taught';

/** One utterance the assistant was taught, with the meaning the user gave it. */
export interface LearnedExample {
  /** Stable id (a UUID), the IndexedDB key. */
  id: string;
  locale: string;
  text: string;
  intent: string;
  /** One slot label per word of `text` (as `splitWords` splits it), `Other` outside slots. */
  wordLabels: string[];
  /** The model's embedding of `text`, L2-normalized; empty when the model has none (v1). */
  embedding: number[];
  /** Id of the model that made `embedding`: another model's vectors are not comparable. */
  modelId: string;
  source: ExampleSource;
  /** ms since the epoch. */
  createdAt: number;
}

/** Why a result's intent came from the memory. */
export interface LearnedMatch {
  /**
   * `exact`: the same words were corrected before (their intent and slots are used);
   * `neighbour`: a very close example and an unsure model; `prototype`: a taught locale that
   * the model does not know, classified by the nearest intent centroid of its examples.
   */
  kind: 'exact' | 'neighbour' | 'prototype';
  exampleId: string | null;
  /** Cosine similarity of the embeddings (1 for `exact`). */
  similarity: number;
  /** What the model itself said. */
  modelIntent: string;
  modelConfidence: number;
}

/** A language that MASSIVE does not have, taught on this device. */
export interface TaughtLocale {
  /** BCP 47 tag, canonical (`gsw-CH`). */
  code: string;
  /** Its name as the tester writes it (`Schwiizerdütsch`). */
  name: string;
  dir: 'ltr' | 'rtl';
  /** A locale the assistant has replies for, used (and said to be used) for this one's replies. */
  fallback: string;
  createdAt: number;
}

/** An NLU result after the memory had its say. */
export type LearnedResult = NluResult & { learned?: LearnedMatch };
