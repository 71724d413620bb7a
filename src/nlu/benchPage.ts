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
  /** From navigation start to ready: what a visitor waits, page boot included. */
  readySincePageStartMs: number;
  /** ms from `load()` to the first event of each loading stage. */
  stageStartMs: Partial<Record<string, number>>;
}

declare global {
  interface Window {
    __nluBench?: { run(utterances: { text: string; locale: string }[]): Promise<BrowserBenchReport> };
  }
}

window.__nluBench = {
  async run(utterances) {
    const client = createBrowserNluClient();
    const t0 = performance.now();
    const stageStartMs: Partial<Record<string, number>> = {};
    const off = client.on((e) => {
      if (e.type === 'progress') stageStartMs[e.stage] ??= Math.round(performance.now() - t0);
    });
    const { labels: _labels, ...info } = await client.load();
    off();
    const loadMs = performance.now() - t0;
    // performance.now() counts from the page's time origin, i.e. navigation start.
    const readySincePageStartMs = performance.now();
    const roundTrip: number[] = [];
    const inWorker: number[] = [];
    for (const u of utterances) {
      const t = performance.now();
      const r = await client.parse(u.text, u.locale);
      roundTrip.push(performance.now() - t);
      inWorker.push(r.timings.tokenizeMs + r.timings.inferenceMs);
    }
    const report = { loadMs, readySincePageStartMs, info, crossOriginIsolated, parse: summarize(roundTrip), inWorker: summarize(inWorker), stageStartMs };
    document.getElementById('out')!.textContent = JSON.stringify(report, null, 2);
    return report;
  },
};
