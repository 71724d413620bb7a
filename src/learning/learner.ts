/**
 * On-device learning for one runtime: the memory, its storage, and the NLU that embeds what
 * is taught. `apply` runs on every parse; `teach` stores a correction, a confirmed rephrase
 * or a taught example and is in effect as soon as it resolves (the memory is updated after
 * the durable write, so what the assistant uses is what a reload finds).
 */
import type { NluResult } from '../nlu/types.ts';
import { LearningMemory, type MemoryOptions } from './memory.ts';
import type { LearningStorage } from './storage.ts';
import type { ExampleSource, LearnedExample, LearnedResult, TaughtLocale } from './types.ts';
import { normalize } from './vector.ts';

/** The model as the learner needs it: a raw parse (for the embedding) and its identity. */
export interface Embedder {
  parse(text: string, locale: string): Promise<NluResult>;
}

/** What a tester teaches. */
export interface TeachInput {
  /** Reuse an id to replace that example (a correction edited again); new otherwise. */
  id?: string;
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

/** The canonical form of a BCP 47 tag, or null (Intl knows the syntax; any language may be taught). */
export function canonicalTag(code: string): string | null {
  try {
    return Intl.getCanonicalLocales(code.trim())[0] ?? null;
  } catch {
    return null;
  }
}

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

  /** Understands `text` in any locale: the model, then the memory (a taught locale's only way in). */
  async understand(text: string, locale: string): Promise<LearnedResult> {
    return this.apply(await this.embedder.parse(text, locale));
  }

  /** Stores an example durably, then puts it in effect. Rejects if it could not be stored. */
  async teach(input: TeachInput): Promise<LearnedExample> {
    const text = input.text.trim();
    if (!text) throw new Error('nothing to learn: the text is empty');
    await this.loaded;
    const raw = await this.embedder.parse(text, input.locale);
    const wordLabels = input.wordLabels && input.wordLabels.length === raw.words.length ? [...input.wordLabels] : raw.wordLabels;
    const example: LearnedExample = {
      id: input.id ?? this.newId(),
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

  /** Languages taught on this device, oldest first. */
  async taughtLocales(): Promise<TaughtLocale[]> {
    return (await this.storage.loadLocales()).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Adds (or updates) a taught language; rejects a code that is not a BCP 47 tag. */
  async addLocale(input: Omit<TaughtLocale, 'createdAt' | 'code'> & { code: string }): Promise<TaughtLocale> {
    const code = canonicalTag(input.code);
    if (!code) throw new Error(`"${input.code}" is not a BCP 47 language tag (e.g. gsw-CH)`);
    const name = input.name.trim();
    if (!name) throw new Error('the language needs a name');
    const locale: TaughtLocale = { code, name, dir: input.dir, fallback: input.fallback, createdAt: this.now() };
    await this.storage.putLocale(locale);
    this.emit();
    return locale;
  }

  /** Removes a taught language and its examples. */
  async removeLocale(code: string): Promise<void> {
    await this.storage.deleteLocale(code);
    await this.forgetAll(code);
  }

  /** Calls `listener` whenever the examples change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Grows with every change (a cheap snapshot for React's useSyncExternalStore). */
  get version(): number {
    return this.changes;
  }

  private changes = 0;

  private emit(): void {
    this.changes += 1;
    for (const l of this.listeners) l();
  }
}
