/**
 * The tester's shapes in one leaf module: an annotation (one typed or spoken turn, what the
 * model said about it and what the native speaker says is right), and the ports the tester
 * talks through. Every other tester module imports its types from here, so none forms a cycle.
 */
import type { ModelLabels, NluResult } from '../nlu/types.ts';

/** The tester's verdict on the model's reading of a turn; `null` until the tester gives one. */
export type Judgement = 'right' | 'wrong';

/** What the model predicted for a turn (kept to show it and to tell a correction from it). */
export interface Prediction {
  intent: string;
  scenario: string;
  /** Softmax probability of `intent`, 0..1. */
  confidence: number;
  /** One label per word of the utterance (`Other` outside slots). */
  wordLabels: string[];
  /** Set when on-device learning decided the reading (src/learning), and how. */
  learned?: 'exact' | 'neighbour' | 'prototype';
}

/**
 * One annotated turn, stored as one IndexedDB record keyed by `id`. The gold reading is
 * `intent` plus one slot label per word (`wordLabels`, parallel to the utterance's words as
 * `splitWords(utt, locale)` gives them): per-word labels are what MASSIVE's `annot_utt` encodes,
 * so two adjacent spans of one label are one span, as in the reference scoring.
 */
export interface Annotation {
  /** Unique across tabs and sessions; sorts in creation order (`20261202T231500123-1a2b`). */
  id: string;
  locale: string;
  /** The utterance exactly as typed or recognized. */
  utt: string;
  /** Gold intent: the prediction until the tester corrects it. */
  intent: string;
  scenario: string;
  /** Gold slot label per word (`Other` outside slots). */
  wordLabels: string[];
  judgement: Judgement | null;
  /** True when the gold intent or slots differ from the prediction. */
  corrected: boolean;
  /** The intent the model predicted (also kept by export/import, which has no `prediction`). */
  predictedIntent: string;
  /** The model's full prediction; absent for a record read back from an export. */
  prediction?: Prediction;
  note: string;
  /** Epoch ms of the last change (shown, and used to keep the newer copy across tabs). */
  updatedAt: number;
}

/** A gold slot span in word indices: words `[start, end)` carry `label`. */
export interface WordSpan {
  label: string;
  start: number;
  end: number;
}

/** A record that could not be read back, kept aside instead of being shown or deleted. */
export interface QuarantinedAnnotation {
  value: unknown;
  reason: string;
  /** Epoch ms when it was set aside. */
  at: number;
}

/** What the tester keeps on the device (IndexedDB in the browser, memory in tests). */
export interface TesterStorage {
  /** Every stored record, unvalidated. */
  loadAll(): Promise<unknown[]>;
  /** One record by id, unvalidated (another tab changed it). */
  get(id: string): Promise<unknown>;
  /** Writes the records in one transaction; resolves once committed durably. */
  put(records: readonly Annotation[]): Promise<void>;
  /** Deletes every annotation (the quarantine stays). */
  clear(): Promise<void>;
  /** Moves unreadable records (by their key when they have one) into the quarantine. */
  quarantine(records: readonly (QuarantinedAnnotation & { key?: string })[]): Promise<void>;
}

/** Parses one utterance in a locale (the page's NLU runtime). */
export type ParseFn = (text: string, locale: string) => Promise<NluResult>;

/** Messages between tabs of the same origin about the stored annotations. */
export type TesterBroadcast = { type: 'saved'; ids: string[] } | { type: 'cleared' };

/** The labels the correction lists offer (the model's `labels.json`). */
export type TesterLabels = ModelLabels;

/** Called with every annotation the tester changes (for on-device learning, later). */
export type AnnotationListener = (annotation: Annotation) => void;
