/**
 * The only main-thread entry to the NLU: `load()`, `parse(text, locale)` and events for
 * progress, ready, error and restart. Owns the worker; if the worker crashes, or stops
 * answering (a request gets no answer within `requestTimeoutMs`), it starts a new one, reloads
 * the model and re-sends pending requests once, then rejects them clearly. Every promise it
 * hands out therefore settles: loading is bounded by `loadTimeoutMs` × (restarts + 1), a
 * parse by about twice `requestTimeoutMs` plus a reload.
 */
import { NluError } from './errors.ts';
import { assertNever, type BackendPreference, type LoadStage, type ReadyInfo, type WorkerRequest, type WorkerResponse } from './protocol.ts';
import type { NluResult } from './types.ts';
import { pySplit } from './words.ts';

/** What the client needs from a Worker (a real one, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}

/** Events the UI can subscribe to. */
export type NluEvent =
  /** `fetch`: bytes of `file` so far (total null if unknown); later stages: all bytes, file null. */
  | { type: 'progress'; stage: LoadStage; file: string | null; loaded: number; total: number | null }
  /** Also emitted again when another engine takes over (`info.backend` changes). */
  | { type: 'ready'; info: ReadyInfo }
  | { type: 'error'; error: NluError }
  | { type: 'restart'; restarts: number; reason: string };

/** Options of `NluClient`. */
export interface NluClientOptions {
  /** Model folder URL, ending in `/`. */
  modelUrl: string;
  backend: BackendPreference;
  /** WASM threads wanted (capped at what isolation allows); by default 1 (see `interactiveThreads`). */
  threads?: number;
  createWorker: () => WorkerLike;
  /** Crashes tolerated before giving up (consecutive, reset by a successful load). */
  maxRestarts?: number;
  /** A worker that has not become ready after this many ms is treated as crashed (default 180 s). */
  loadTimeoutMs?: number;
  /**
   * A ready worker that has not answered a parse after this many ms is treated as stuck: it is
   * restarted and the request re-sent once (default {@link DEFAULT_REQUEST_TIMEOUT_MS}).
   */
  requestTimeoutMs?: number;
}

/**
 * 10 s. A parse takes milliseconds (p50 4–6 ms on WASM, warm-up already done before `ready`),
 * and even a 10,000-character text or a queue of requests ahead of it stays well under a
 * second, so no working worker comes near this. Long enough to tolerate a busy or throttled
 * device; short enough that someone waiting at the Submit button gets an answer or an error
 * (after at most twice this plus a reload) instead of a frozen page. Timers only fire late,
 * never early, so a background tab cannot cause a false timeout.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** Why the worker is being replaced: an uncaught error, or request `id` went unanswered. */
type Failure = { kind: 'crash' } | { kind: 'timeout'; id: number };

interface Pending {
  text: string;
  locale: string;
  /** Posted to the current worker. */
  sent: boolean;
  /** Worker crashes while this request was in flight, plus timeouts of this request itself. */
  failures: number;
  /** Fires if the current worker does not answer in time; null while not sent. */
  timer: ReturnType<typeof setTimeout> | null;
  resolve: (r: NluResult) => void;
  reject: (e: NluError) => void;
}

/** "10 s", "2.5 s": for messages people read. */
function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** Main-thread NLU client. */
export class NluClient {
  private worker: WorkerLike | null = null;
  private loading: Promise<ReadyInfo> | null = null;
  private settleLoad: { resolve: (i: ReadyInfo) => void; reject: (e: NluError) => void } | null = null;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(e: NluEvent) => void>();
  private nextId = 1;
  private restarts = 0;
  private loadTimer: ReturnType<typeof setTimeout> | null = null;
  /** Set once the model is ready; null before and after a failure. */
  info: ReadyInfo | null = null;

  constructor(private readonly options: NluClientOptions) {}

  /** Subscribes to events; returns the unsubscribe function. */
  on(listener: (e: NluEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the worker and loads the model (once; again after a failure). */
  load(): Promise<ReadyInfo> {
    if (this.loading) return this.loading;
    this.loading = new Promise<ReadyInfo>((resolve, reject) => {
      this.settleLoad = { resolve, reject };
    });
    this.loading.catch(() => undefined);
    this.startWorker();
    return this.loading;
  }

  /** Parses one utterance; loads the model first if needed. Rejects with an NluError. */
  async parse(text: string, locale: string): Promise<NluResult> {
    if (pySplit(text).length === 0) throw new NluError('empty-text', 'nothing to understand: the text is empty or only whitespace');
    await this.load();
    return new Promise<NluResult>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { text, locale, sent: false, failures: 0, timer: null, resolve, reject });
      this.send(id);
    });
  }

  /** Stops the worker and rejects everything pending; a later `load` or `parse` starts afresh. */
  dispose(): void {
    this.clearLoadTimer();
    const error = new NluError('worker-crashed', 'the NLU client was disposed');
    this.settleLoad?.reject(error);
    this.failAll(error);
    this.worker?.terminate();
    this.worker = null;
    this.loading = null;
    this.info = null;
  }

  private emit(e: NluEvent): void {
    for (const l of this.listeners) l(e);
  }

  /** Posts request `id` to the worker if it is ready; otherwise `ready` will post it. */
  private send(id: number): void {
    const p = this.pending.get(id);
    // Only a ready worker gets requests, so the request timer never counts loading time
    // (bounded by its own timeout). This also covers a crash between `load()` resolving and
    // the request being posted: the restarted worker receives it once it is ready again.
    if (!p || !this.worker || this.info === null) return;
    p.sent = true;
    const worker = this.worker;
    const timeoutMs = this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    p.timer = setTimeout(() => {
      p.timer = null;
      if (this.worker === worker && this.pending.get(id) === p) {
        this.onCrash(`the language engine did not answer within ${seconds(timeoutMs)}`, { kind: 'timeout', id });
      }
    }, timeoutMs);
    worker.postMessage({ type: 'parse', id, text: p.text, locale: p.locale });
  }

  /** Removes request `id` (answered or given up) and stops its timer. */
  private take(id: number): Pending | undefined {
    const p = this.pending.get(id);
    if (!p) return undefined;
    this.pending.delete(id);
    this.clearRequestTimer(p);
    return p;
  }

  private clearRequestTimer(p: Pending): void {
    if (p.timer !== null) clearTimeout(p.timer);
    p.timer = null;
  }

  private startWorker(): void {
    const worker = this.options.createWorker();
    this.worker = worker;
    worker.onmessage = (event) => this.onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.onCrash(event.message || 'the NLU worker stopped unexpectedly');
    };
    const { modelUrl, backend, threads } = this.options;
    worker.postMessage({ type: 'load', options: { modelUrl, backend, ...(threads ? { threads } : {}) } });
    this.clearLoadTimer();
    const timeoutMs = this.options.loadTimeoutMs ?? 180_000;
    this.loadTimer = setTimeout(() => {
      if (this.worker === worker) this.onCrash(`the model did not load within ${Math.round(timeoutMs / 1000)} s`);
    }, timeoutMs);
  }

  private onMessage(msg: WorkerResponse): void {
    switch (msg.type) {
      case 'progress':
        this.emit({ ...msg, type: 'progress' });
        return;
      case 'ready':
        this.clearLoadTimer();
        this.info = msg.info;
        this.restarts = 0;
        this.settleLoad?.resolve(msg.info);
        this.emit({ type: 'ready', info: msg.info });
        for (const [id, p] of this.pending) if (!p.sent) this.send(id);
        return;
      case 'engine':
        // Another engine answers now: the same model, so `ready` again with what changed.
        if (this.info === null) return;
        this.info = { ...this.info, ...msg.update };
        this.emit({ type: 'ready', info: this.info });
        return;
      case 'result':
        this.take(msg.id)?.resolve(msg.result);
        return;
      case 'error': {
        const error = new NluError(msg.code, msg.message);
        if (msg.id === null) return this.onLoadError(error);
        this.take(msg.id)?.reject(error);
        return;
      }
      default:
        assertNever(msg);
    }
  }

  private clearLoadTimer(): void {
    if (this.loadTimer !== null) clearTimeout(this.loadTimer);
    this.loadTimer = null;
  }

  private onLoadError(error: NluError): void {
    this.clearLoadTimer();
    this.info = null;
    this.settleLoad?.reject(error);
    this.loading = null;
    this.worker?.terminate();
    this.worker = null;
    this.failAll(error);
    this.emit({ type: 'error', error });
  }

  /** Replaces a crashed or stuck worker; re-sends its requests once it is ready (see `failure`). */
  private onCrash(reason: string, failure: Failure = { kind: 'crash' }): void {
    this.worker?.terminate();
    this.worker = null;
    this.restarts += 1;
    if (this.restarts > (this.options.maxRestarts ?? 3)) {
      return this.onLoadError(new NluError('worker-crashed', `the NLU worker crashed ${this.restarts} times in a row: ${reason}`));
    }
    for (const [id, p] of this.pending) {
      if (!p.sent) continue;
      p.sent = false;
      this.clearRequestTimer(p);
      // A crash cannot be pinned on one request, so each one in flight used up its retry. A
      // timeout can: the request whose timer fired first is the oldest unanswered one, the
      // one the worker is stuck on (a worker stuck as a whole also blocks the requests posted
      // after it). Those others are re-sent without blame and are blamed only if they time out
      // themselves, so one text that hangs the model does not take the others down with it.
      if (!this.isBlamed(failure, id)) continue;
      p.failures += 1;
      if (p.failures >= 2) {
        this.take(id);
        p.reject(this.givenUp(failure, reason));
      }
    }
    this.emit({ type: 'restart', restarts: this.restarts, reason });
    const wasReady = this.info !== null;
    this.info = null;
    if (wasReady) {
      this.loading = new Promise<ReadyInfo>((resolve, reject) => {
        this.settleLoad = { resolve, reject };
      });
      this.loading.catch(() => undefined);
    }
    this.startWorker();
  }

  private isBlamed(failure: Failure, id: number): boolean {
    switch (failure.kind) {
      case 'crash':
        return true;
      case 'timeout':
        return failure.id === id;
      default:
        return assertNever(failure);
    }
  }

  /** The error for a request that failed a second time, named after the last failure. */
  private givenUp(failure: Failure, reason: string): NluError {
    switch (failure.kind) {
      case 'crash':
        return new NluError('worker-crashed', `the NLU worker crashed twice while parsing this text: ${reason}`);
      case 'timeout':
        return new NluError('worker-timeout', `${reason}, again after a restart; the text was not parsed`);
      default:
        return assertNever(failure);
    }
  }

  private failAll(error: NluError): void {
    for (const p of this.pending.values()) {
      this.clearRequestTimer(p);
      p.reject(error);
    }
    this.pending.clear();
  }
}
