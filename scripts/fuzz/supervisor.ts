/**
 * Runs the fuzz in a child process under a watchdog: an input that blocks the event loop
 * (a runaway regex, an endless loop) cannot be timed out from inside, so when the child has
 * not answered for `killMs` the supervisor kills it, records a hang for that input, and
 * starts a new child at the next input (its session starts empty). A child that dies is a
 * crash of the input it was on.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateInput, type FuzzLabels } from './generate.ts';
import { ReportBuilder, type FuzzReport } from './report.ts';
import type { InputResult } from './runner.ts';

export interface ChildConfig {
  seed: number;
  from: number;
  count: number;
  now: string;
  modelDir: string;
  useNlu: boolean;
  hangMs: number;
  sessionSize: number;
  reloadEvery: number;
}

export type ChildMessage =
  | { type: 'ready'; model: string | null; loadMs: number }
  | { type: 'result'; result: InputResult }
  | { type: 'done' }
  | { type: 'error'; message: string };

export interface SupervisedOptions extends Omit<ChildConfig, 'from' | 'count'> {
  from: number;
  count: number;
  labels: FuzzLabels;
  /** No answer for this long (ms) after the model is loaded: the input is a hang and the child is killed. */
  killMs: number;
  /** How long the model may take to load (ms). */
  loadMs?: number;
  examples?: number;
  /** Most child restarts before the run gives up. */
  maxRestarts?: number;
  onProgress?: (done: number, total: number, report: ReportBuilder) => void;
  onLog?: (line: string) => void;
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/** Runs the inputs in child processes and returns the report. */
export async function runSupervised(o: SupervisedOptions): Promise<FuzzReport> {
  const t0 = performance.now();
  let model: string | null = o.useNlu ? '(loading)' : null;
  const builder = new ReportBuilder({ seed: o.seed, from: o.from, count: o.count, now: new Date(o.now), model, sessionSize: o.sessionSize, examples: o.examples });
  const end = o.from + o.count;
  let next = o.from;
  let done = 0;
  const maxRestarts = o.maxRestarts ?? 25;

  const record = (index: number, kind: string, detail: string, ms: number) => {
    const input = generateInput(o.seed, index, o.labels);
    const mode = input.mode === 'nlu' && !o.useNlu ? (input.oracle ? 'oracle' : 'random') : input.mode;
    builder.add(input, { index, mode, intent: '(unknown: the process stopped)', dialogMs: ms, totalMs: ms, violations: [{ kind, detail }] });
    done++;
  };

  while (next < end) {
    const cfg: ChildConfig = { seed: o.seed, from: next, count: end - next, now: o.now, modelDir: o.modelDir, useNlu: o.useNlu, hangMs: o.hangMs, sessionSize: o.sessionSize, reloadEvery: o.reloadEvery };
    const outcome = await new Promise<{ kind: 'done' } | { kind: 'killed'; ms: number } | { kind: 'died'; detail: string; ms: number }>((resolve, reject) => {
      const child: ChildProcess = fork(CHILD, [JSON.stringify(cfg)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let ready = false;
      let finished = false;
      let last = performance.now();
      let error = '';
      const watchdog = setInterval(() => {
        const idle = performance.now() - last;
        if (!ready && idle > (o.loadMs ?? 180_000)) {
          clearInterval(watchdog);
          child.kill('SIGKILL');
          reject(new Error(`the fuzz worker did not load the model within ${Math.round(idle / 1000)} s`));
        } else if (ready && idle > o.killMs) {
          clearInterval(watchdog);
          finished = true;
          child.kill('SIGKILL');
          resolve({ kind: 'killed', ms: idle });
        }
      }, 250);
      child.on('message', (m: ChildMessage) => {
        last = performance.now();
        if (m.type === 'ready') {
          ready = true;
          if (o.useNlu) model = m.model;
          if (m.loadMs) o.onLog?.(`model ${m.model} loaded in ${m.loadMs.toFixed(0)} ms`);
        } else if (m.type === 'result') {
          builder.add(generateInput(o.seed, m.result.index, o.labels), m.result);
          next = m.result.index + 1;
          done++;
          o.onProgress?.(done, o.count, builder);
        } else if (m.type === 'done') {
          finished = true;
        } else if (m.type === 'error') {
          error = m.message;
        }
      });
      child.on('exit', (code, signal) => {
        clearInterval(watchdog);
        if (finished) resolve({ kind: 'done' });
        else if (!ready) reject(new Error(`the fuzz worker stopped before it was ready (${signal ?? `exit ${code}`}) ${error}`));
        else resolve({ kind: 'died', detail: `the process stopped (${signal ?? `exit ${code}`})${error ? `: ${error}` : ''}`, ms: performance.now() - last });
      });
    });
    if (outcome.kind === 'done') {
      if (next < end) throw new Error(`the fuzz worker finished at input ${next}, before ${end}`);
      break;
    }
    // The input the child was on when it blocked or died is `next`; carry on after it.
    if (outcome.kind === 'killed') record(next, 'hang', `no answer for ${Math.round(outcome.ms)} ms: the worker was killed and restarted`, outcome.ms);
    else record(next, 'crash:process', outcome.detail, outcome.ms);
    builder.restarts++;
    o.onLog?.(`input #${next}: ${outcome.kind === 'killed' ? 'hang, worker killed' : 'worker died'}; restarting at #${next + 1}`);
    next++;
    if (builder.restarts > maxRestarts) {
      o.onLog?.(`more than ${maxRestarts} restarts: giving up at #${next}`);
      break;
    }
  }
  const report = builder.finish(performance.now() - t0);
  return { ...report, model };
}
