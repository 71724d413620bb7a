/**
 * On-device learning for one runtime: the memory, its storage, and the NLU that embeds what
 * is taught. `apply` runs on every parse; `teach` stores a correction, a confirmed rephrase
 * or a taught example and is in effect as soon as it resolves (the memory is updated after
 * the durable write, so what the assistant uses is what a reload finds).
 */
import type { NluResult } from '../nlu/types.ts';
import { LearningMemory, type MemoryOptions } from './memory.ts';
import type { LearningStorage } from './storage.ts';
import type { ExampleSource, LearnedExample, LearnedResult } from './types.ts';
import { normalize } from './vector.ts';

/** The model as the learner needs it: a raw parse (for the embedding) and its identity. */
export interface Embedder {
  parse(text: string, locale: string): Promise<NluResult>;
}

/** What a tester teaches. */
export interface TeachInput {
  text: string;
  locale: string;
  intent: string;
  /** One label per word; the model's own labels when absent. */
  wordLabels?: readonly string[];
  source: ExampleSource;
}

/** What the model is, once it is loaded. */
export interface ModelIdentity {
  modelId: string;
  scenarios: Readonly<Record<string, string>>;
  /** The locales it was trained on: any other locale is understood through the memory alone. */
  locales: readonly string[];
}

type Listener = () => void;

/** The learner of one runtime (no page-wide state: an embed builds its own). */
export class Learner {
  readonly memory: LearningMemory;
  private model: ModelIdentity | null = null;
  private readonly listeners = new Set<Listener>();
  /** Resolves once the stored examples are in memory; `invalid` counts the ones skipped. */
  readonly loaded: Promise<{ invalid: number }>;

  constructor(
    private readonly storage: LearningStorage,
    private readonly embedder: Embedder,
    options: Omit<MemoryOptions, 'modelLocales'> = {},
    private readonly newId: () => string = () => crypto.randomUUID(),
    private readonly now: () => number = () => Date.now(),
  ) {
    this.memory = new LearningMemory({ ...options, modelLocales: [] });
    this.loaded = storage.load().then(
      ({ examples, invalid }) => {
        for (const e of examples) this.memory.add(e);
        this.emit();
        return { invalid };
      },
      // NOTE: a page without IndexedDB still understands; it just starts with no memory.
      () => ({ invalid: 0 }),
    );
  }

  /** Called when the model is ready (its id and intent → scenario map). */
  setModel(model: ModelIdentity): void {
    this.model = model;
    this.memory.setModelLocales(model.locales);
  }

  /** The parse with the memory's decision applied (unchanged until the model is known). */
  apply(result: NluResult): LearnedResult {
    return this.model ? this.memory.apply(result, this.model.scenarios, this.model.modelId) : result;
  }

  /** Stores an example durably, then puts it in effect. Rejects if it could not be stored. */
  async teach(input: TeachInput): Promise<LearnedExample> {
    const text = input.text.trim();
    if (!text) throw new Error('nothing to learn: the text is empty');
    await this.loaded;
    const raw = await this.embedder.parse(text, input.locale);
    const wordLabels = input.wordLabels && input.wordLabels.length === raw.words.length ? [...input.wordLabels] : raw.wordLabels;
    const example: LearnedExample = {
      id: this.newId(),
      locale: input.locale,
      text,
      intent: input.intent,
      wordLabels,
      embedding: raw.embedding ? normalize(raw.embedding) : [],
      modelId: this.model?.modelId ?? 'unknown',
      source: input.source,
      createdAt: this.now(),
    };
    await this.storage.put(example);
    this.memory.add(example);
    this.emit();
    return example;
  }

  async forget(id: string): Promise<void> {
    await this.storage.delete(id);
    this.memory.remove(id);
    this.emit();
  }

  /** Forgets one locale's examples, or all of them. */
  async forgetAll(locale?: string): Promise<void> {
    await this.storage.clear(locale);
    this.memory.clear(locale);
    this.emit();
  }

  list(locale?: string): LearnedExample[] {
    return this.memory.list(locale);
  }

  /** Calls `listener` whenever the examples change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
