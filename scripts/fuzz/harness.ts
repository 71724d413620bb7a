/**
 * The fuzz run in one process: generate inputs (seed, from, count), answer each with the
 * runner, collect the report. The CLI runs this in a child process under a watchdog
 * (supervisor.ts); the unit-test slice calls it directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateInput, type FuzzInput, type FuzzLabels } from './generate.ts';
import { ReportBuilder, type FuzzReport } from './report.ts';
import { DEFAULT_SESSION, FuzzRunner, type InputResult, type NluLike } from './runner.ts';

/** The fixed clock of every fuzz dialog unless `--now` says otherwise. */
export const DEFAULT_NOW = '2026-03-14T09:30:00.000Z';

/** The model folder's labels (intents, slots, scenarios); needs no ONNX runtime. */
export function loadLabels(modelDir: string): FuzzLabels {
  return JSON.parse(readFileSync(join(modelDir, 'labels.json'), 'utf8')) as FuzzLabels;
}

export interface HarnessOptions {
  seed: number;
  from: number;
  count: number;
  labels: FuzzLabels;
  now: Date;
  nlu?: NluLike | null;
  /** Model id for the report (null: no NLU). */
  model?: string | null;
  hangMs?: number;
  sessionSize?: number;
  reloadEvery?: number;
  examples?: number;
  /** Inputs to run instead of the generated ones (the indices still place them in sessions). */
  inputs?: readonly FuzzInput[];
  onResult?: (input: FuzzInput, result: InputResult) => void;
}

/** Runs the inputs in this process and returns the report. */
export async function runHarness(o: HarnessOptions): Promise<FuzzReport> {
  const t0 = performance.now();
  const sessionSize = o.sessionSize ?? DEFAULT_SESSION;
  const inputs = o.inputs ?? null;
  const count = inputs ? inputs.length : o.count;
  const report = new ReportBuilder({ seed: o.seed, from: o.from, count, now: o.now, model: o.nlu ? (o.model ?? 'nlu') : null, sessionSize, examples: o.examples });
  const runner = new FuzzRunner({ nlu: o.nlu ?? null, now: o.now, hangMs: o.hangMs, sessionSize, reloadEvery: o.reloadEvery });
  try {
    for (let k = 0; k < count; k++) {
      const input = inputs ? inputs[k]! : generateInput(o.seed, o.from + k, o.labels);
      const result = await runner.run(input);
      report.add(input, result);
      o.onResult?.(input, result);
    }
  } finally {
    runner.close();
  }
  return report.finish(performance.now() - t0);
}
