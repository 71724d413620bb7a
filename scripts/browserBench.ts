/**
 * Browser half of the benchmark: serves the built app (dist/) with `vite preview` (COOP/COEP
 * on), opens bench.html in Debian's Chromium through playwright-core, and runs the page's
 * `window.__nluBench`. Also fails if the page requests anything off its own origin.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.ts';
import type { BrowserBenchReport } from '../src/nlu/benchPage.ts';

/** Options of one browser run. */
export interface BrowserBenchOptions {
  modelId: string;
  backend: string;
  /** WASM threads (0 = as many as allowed). */
  threads: number;
  port: number;
  utterances: { text: string; locale: string }[];
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Runs the benchmark page in headless Chromium and returns its report. */
export async function runBrowserBench(
  opts: BrowserBenchOptions,
): Promise<BrowserBenchReport & { where: string; offOrigin: string[]; reload: Pick<BrowserBenchReport, 'loadMs' | 'readySincePageStartMs' | 'handoverSincePageStartMs' | 'stageStartMs'> }> {
  if (!existsSync('dist/bench.html')) throw new Error('dist/bench.html is missing: run `npm run build` first');
  const origin = `http://127.0.0.1:${opts.port}`;
  // NOTE: a server already answering on the port would be measured instead of this build
  // (and `--strictPort` would make ours exit), so refuse to start over one.
  if (await fetch(origin).then(() => true, () => false)) throw new Error(`something already answers at ${origin}: stop it or pass another --port`);
  // Its own process group, so the whole tree (npx → vite) is stopped at the end, not only npx.
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(opts.port), '--strictPort'], { stdio: 'ignore', detached: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // The project's standard flags; the GPU only when WebGPU is what is measured.
    args: opts.backend === 'webgpu'
      ? [...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'), '--enable-unsafe-webgpu']
      : [...CHROMIUM_ARGS],
  });
  try {
    await waitForServer(`${origin}/bench.html`, server);
    const page = await browser.newPage();
    const offOrigin: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(origin) && !req.url().startsWith('blob:') && !req.url().startsWith('data:')) offOrigin.push(req.url());
    });
    page.on('pageerror', (e) => console.error(`[bench] page error: ${e.message}`));
    const threads = opts.threads ? `&threads=${opts.threads}` : '';
    await page.goto(`${origin}/bench.html?backend=${opts.backend}&model=${encodeURIComponent(opts.modelId)}${threads}`);
    await page.waitForFunction(() => window.__nluBench !== undefined);
    const report = await page.evaluate((u) => window.__nluBench!.run(u), opts.utterances);
    // A second visit in the same profile: the HTTP cache and V8's wasm code cache are warm.
    await page.reload();
    await page.waitForFunction(() => window.__nluBench !== undefined);
    const again = await page.evaluate((u) => window.__nluBench!.run(u), opts.utterances.slice(0, 5));
    const version = browser.version();
    return {
      ...report,
      reload: { loadMs: again.loadMs, readySincePageStartMs: again.readySincePageStartMs, handoverSincePageStartMs: again.handoverSincePageStartMs, stageStartMs: again.stageStartMs },
      where: `chromium ${version} headless, ?backend=${opts.backend}`,
      offOrigin,
    };
  } finally {
    await browser.close();
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  }
}
