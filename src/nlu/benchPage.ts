/**
 * Browser side of `npm run bench -- --browser` (bench.html): loads the model through the real
 * client and worker, then times `parse` calls on utterances handed in by the Node driver.
 * Exposes `window.__nluBench`; makes no request beyond the app's own origin.
 */
import { createBrowserNluClient, type ReadyInfo } from './index.ts';
import { type LatencySummary, summarize } from './latency.ts';

/** What one benchmark run reports. */
export interface BrowserBenchReport {
  /** From `load()` call to ready, including fetch, session and warm-up. */
  loadMs: number;
  info: Omit<ReadyInfo, 'labels'>;
  crossOriginIsolated: boolean;
  /** Round trip of `parse` from the main thread (worker messaging included). */
  parse: LatencySummary;
  /** Tokenize + inference measured inside the worker. */
  inWorker: LatencySummary;
  /** The model's run alone, inside the worker (what the Node bench reports as `inference`). */
  inference: LatencySummary;
  /** From navigation start to ready: what a visitor waits, page boot included. */
  readySincePageStartMs: number;
  /**
   * From navigation start until onnxruntime took over from the JS engine (null when the model
   * was ready on onnxruntime directly). The latencies are measured after it.
   */
  handoverSincePageStartMs: number | null;
  /** ms from `load()` to the first event of each loading stage. */
  stageStartMs: Partial<Record<string, number>>;
}

declare global {
  interface Window {
    __nluBench?: { run(utterances: { text: string; locale: string }[]): Promise<BrowserBenchReport> };
  }
}

/** One model load, timed: from its `load()` call to ready, and each stage's first event. */
function startLoad() {
  const client = createBrowserNluClient();
  const t0 = performance.now();
  const stageStartMs: Partial<Record<string, number>> = {};
  const off = client.on((e) => {
    if (e.type === 'progress') stageStartMs[e.stage] ??= Math.round(performance.now() - t0);
  });
  // Resolves when an onnxruntime backend answers (at ready, or when it takes over from the JS engine).
  // If it never does (onnxruntime failed), the JS engine is what is measured, after 60 s.
  const onOrt = new Promise<number | null>((resolve) => {
    client.on((e) => {
      if (e.type === 'ready' && e.info.backend !== 'js') resolve(performance.now());
    });
    setTimeout(() => resolve(null), 60_000);
  });
  onOrt.catch(() => undefined);
  const ready = client.load().then(({ labels: _labels, ...first }) => {
    off();
    // performance.now() counts from the page's time origin, i.e. navigation start.
    return { first, loadMs: performance.now() - t0, readySincePageStartMs: performance.now() };
  });
  ready.catch(() => undefined);
  return { client, stageStartMs, ready, onOrt };
}

// NOTE: the load starts as the page boots, as the app's does, not when the driver calls
// `run`: otherwise "navigation to ready" would include the driver's own round trips.
let pending: ReturnType<typeof startLoad> | null = startLoad();

window.__nluBench = {
  async run(utterances) {
    const { client, stageStartMs, ready, onOrt } = pending ?? startLoad();
    pending = null;
    const { first, loadMs, readySincePageStartMs } = await ready;
    // Latency is what people get once loading is over: on onnxruntime, after any handover.
    const handoverSincePageStartMs = first.backend === 'js' ? await onOrt : null;
    const { labels: _labels, ...info } = client.info ?? { ...first, labels: null };
    const roundTrip: number[] = [];
    const inWorker: number[] = [];
    const inference: number[] = [];
    for (const u of utterances) {
      const t = performance.now();
      const r = await client.parse(u.text, u.locale);
      roundTrip.push(performance.now() - t);
      inWorker.push(r.timings.tokenizeMs + r.timings.inferenceMs);
      inference.push(r.timings.inferenceMs);
    }
    const report = { loadMs, readySincePageStartMs, handoverSincePageStartMs, info, crossOriginIsolated, parse: summarize(roundTrip), inWorker: summarize(inWorker), inference: summarize(inference), stageStartMs };
    document.getElementById('out')!.textContent = JSON.stringify(report, null, 2);
    return report;
  },
};
