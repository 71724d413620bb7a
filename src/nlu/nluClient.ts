/**
 * The only main-thread entry to the NLU: `load()`, `parse(text, locale)` and events for
 * progress, ready, error and restart. Owns the worker; if the worker crashes it starts a new
 * one, reloads the model and re-sends pending requests once, then rejects them clearly.
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
  | { type: 'ready'; info: ReadyInfo }
  | { type: 'error'; error: NluError }
  | { type: 'restart'; restarts: number; reason: string };

/** Options of `NluClient`. */
export interface NluClientOptions {
  /** Model folder URL, ending in `/`. */
  modelUrl: string;
  backend: BackendPreference;
  /** WASM threads wanted; by default as many as allowed (up to 4). */
  threads?: number;
  createWorker: () => WorkerLike;
  /** Crashes tolerated before giving up (consecutive, reset by a successful load). */
  maxRestarts?: number;
  /** A worker that has not become ready after this many ms is treated as crashed (default 180 s). */
  loadTimeoutMs?: number;
}

interface Pending {
  text: string;
  locale: string;
  /** Posted to the current worker. */
  sent: boolean;
  /** Worker crashes while this request was in flight. */
  crashes: number;
  resolve: (r: NluResult) => void;
  reject: (e: NluError) => void;
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
      this.pending.set(id, { text, locale, sent: false, crashes: 0, resolve, reject });
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

  private send(id: number): void {
    const p = this.pending.get(id);
    if (!p || !this.worker) return;
    p.sent = true;
    this.worker.postMessage({ type: 'parse', id, text: p.text, locale: p.locale });
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
      case 'result': {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        p?.resolve(msg.result);
        return;
      }
      case 'error': {
        const error = new NluError(msg.code, msg.message);
        if (msg.id === null) return this.onLoadError(error);
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        p?.reject(error);
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

  private onCrash(reason: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.restarts += 1;
    if (this.restarts > (this.options.maxRestarts ?? 3)) {
      return this.onLoadError(new NluError('worker-crashed', `the NLU worker crashed ${this.restarts} times in a row: ${reason}`));
    }
    for (const [id, p] of this.pending) {
      if (!p.sent) continue;
      p.sent = false;
      p.crashes += 1;
      if (p.crashes >= 2) {
        this.pending.delete(id);
        p.reject(new NluError('worker-crashed', `the NLU worker crashed twice while parsing this text: ${reason}`));
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

  private failAll(error: NluError): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
