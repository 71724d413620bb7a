/**
 * Collects input results into the fuzz report: counts per family and mode, latency
 * percentiles, crashes, hangs and contract violations by kind with the first examples of
 * each (input shown escaped and cut, with the seed, index and the command that replays it).
 */
import { printable, type Violation } from './contracts.ts';
import type { FuzzInput } from './generate.ts';
import type { InputResult } from './runner.ts';

export interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface Example {
  seed: number;
  index: number;
  family: string;
  kind?: string;
  locale: string;
  mode: string;
  intent: string;
  length: number;
  input: string;
  detail: string;
  reply?: string;
  replay: string;
}

export interface FuzzReport {
  seed: number;
  from: number;
  count: number;
  done: number;
  now: string;
  model: string | null;
  elapsedMs: number;
  families: Record<string, number>;
  modes: Record<string, number>;
  latencyMs: { dialog: LatencyStats; nlu: LatencyStats; total: LatencyStats };
  slowest: { index: number; family: string; length: number; dialogMs: number; totalMs: number }[];
  crashes: number;
  hangs: number;
  /** Inputs with at least one violation that is neither a crash nor a hang. */
  violatingInputs: number;
  violations: Record<string, { count: number; inputs: number; examples: Example[] }>;
  /** Worker restarts after an input blocked the process (each is also a hang). */
  restarts: number;
}

/** The command that replays input `index` with the state it had (from its session's start). */
export function replayCommand(seed: number, index: number, sessionSize: number, noNlu: boolean): string {
  const from = Math.floor(index / sessionSize) * sessionSize;
  return `npm run fuzz -- --seed ${seed} --from ${from} --count ${index - from + 1}${noNlu ? ' --no-nlu' : ''}`;
}

function stats(values: number[]): LatencyStats {
  if (values.length === 0) return { n: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: sorted.length, p50: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)), max: r(sorted[sorted.length - 1]!), mean: r(values.reduce((s, x) => s + x, 0) / values.length) };
}

const isCrash = (v: Violation) => v.kind.startsWith('crash') || v.kind.includes('/crash');
const isHang = (v: Violation) => v.kind === 'hang' || v.kind.endsWith(':hang') || v.kind.endsWith('/hang');

/** Accumulates results; `finish()` gives the report. */
export class ReportBuilder {
  private readonly dialog: number[] = [];
  private readonly nlu: number[] = [];
  private readonly total: number[] = [];
  private readonly families: Record<string, number> = {};
  private readonly modes: Record<string, number> = {};
  private readonly byKind: FuzzReport['violations'] = {};
  private slowest: FuzzReport['slowest'] = [];
  private crashes = 0;
  private hangs = 0;
  private violating = 0;
  private done = 0;
  restarts = 0;

  constructor(
    private readonly meta: { seed: number; from: number; count: number; now: Date; model: string | null; sessionSize: number; examples?: number },
  ) {}

  /** Adds the result of `input` (the generator's input, regenerated for printing). */
  add(input: FuzzInput, r: InputResult): void {
    this.done++;
    this.families[input.family] = (this.families[input.family] ?? 0) + 1;
    this.modes[r.mode] = (this.modes[r.mode] ?? 0) + 1;
    this.dialog.push(r.dialogMs);
    this.total.push(r.totalMs);
    if (r.nluMs !== undefined) this.nlu.push(r.nluMs);
    this.slowest.push({ index: r.index, family: input.family, length: input.text.length, dialogMs: Math.round(r.dialogMs), totalMs: Math.round(r.totalMs) });
    if (this.slowest.length > 50) this.slowest = this.slowest.sort((a, b) => b.totalMs - a.totalMs).slice(0, 5);
    if (r.violations.some(isCrash)) this.crashes++;
    if (r.violations.some(isHang)) this.hangs++;
    if (r.violations.some((v) => !isCrash(v) && !isHang(v))) this.violating++;
    const seen = new Set<string>();
    for (const v of r.violations) {
      const entry = (this.byKind[v.kind] ??= { count: 0, inputs: 0, examples: [] });
      entry.count++;
      if (!seen.has(v.kind)) entry.inputs++;
      seen.add(v.kind);
      if (entry.examples.length < (this.meta.examples ?? 3) && !entry.examples.some((e) => e.index === r.index)) {
        entry.examples.push({
          seed: input.seed,
          index: r.index,
          family: input.family,
          ...(input.kind ? { kind: input.kind } : {}),
          locale: input.locale,
          mode: r.mode,
          intent: r.intent,
          length: input.text.length,
          input: printable(input.text, 100),
          detail: v.detail.length > 400 ? `${v.detail.slice(0, 400)}…` : v.detail,
          ...(r.reply !== undefined ? { reply: printable(r.reply, 160) } : {}),
          replay: replayCommand(input.seed, r.index, this.meta.sessionSize, this.meta.model === null),
        });
      }
    }
  }

  finish(elapsedMs: number): FuzzReport {
    const kinds = Object.keys(this.byKind).sort((a, b) => this.byKind[b]!.inputs - this.byKind[a]!.inputs || a.localeCompare(b));
    return {
      seed: this.meta.seed,
      from: this.meta.from,
      count: this.meta.count,
      done: this.done,
      now: this.meta.now.toISOString(),
      model: this.meta.model,
      elapsedMs: Math.round(elapsedMs),
      families: this.families,
      modes: this.modes,
      latencyMs: { dialog: stats(this.dialog), nlu: stats(this.nlu), total: stats(this.total) },
      slowest: this.slowest.sort((a, b) => b.totalMs - a.totalMs).slice(0, 5),
      crashes: this.crashes,
      hangs: this.hangs,
      violatingInputs: this.violating,
      violations: Object.fromEntries(kinds.map((k) => [k, this.byKind[k]!])),
      restarts: this.restarts,
    };
  }
}

/** True when the run found nothing wrong. */
export function clean(report: FuzzReport): boolean {
  return report.crashes === 0 && report.hangs === 0 && report.violatingInputs === 0 && report.done === report.count;
}

/** The report as the CLI prints it. */
export function formatReport(r: FuzzReport): string {
  const lat = (name: string, s: LatencyStats) =>
    `  ${name.padEnd(8)} n=${s.n}  p50 ${s.p50} ms  p95 ${s.p95} ms  p99 ${s.p99} ms  max ${s.max} ms  mean ${s.mean} ms`;
  const lines = [
    `fuzz: seed ${r.seed}, inputs ${r.from}..${r.from + r.count - 1} (${r.done}/${r.count} done) in ${(r.elapsedMs / 1000).toFixed(1)} s, model ${r.model ?? '(none: forced and template readings only)'}, now ${r.now}`,
    `  families: ${Object.entries(r.families).map(([k, n]) => `${k} ${n}`).join(', ')}`,
    `  readings: ${Object.entries(r.modes).map(([k, n]) => `${k} ${n}`).join(', ')}`,
    'latency:',
    lat('dialog', r.latencyMs.dialog),
    lat('nlu', r.latencyMs.nlu),
    lat('total', r.latencyMs.total),
    `  slowest: ${r.slowest.map((s) => `#${s.index} ${s.family} ${s.length} chars ${s.totalMs} ms`).join('; ')}`,
    `crashes: ${r.crashes}   hangs: ${r.hangs}${r.restarts ? ` (${r.restarts} worker restart(s))` : ''}   inputs with contract violations: ${r.violatingInputs}`,
  ];
  for (const [kind, v] of Object.entries(r.violations)) {
    lines.push(`  ${kind}: ${v.inputs} input(s)${v.count !== v.inputs ? `, ${v.count} violation(s)` : ''}`);
    for (const e of v.examples) {
      lines.push(`    #${e.index} ${e.family}${e.kind ? `/${e.kind}` : ''} ${e.locale} ${e.mode}:${e.intent} (${e.length} chars) "${e.input}"`);
      lines.push(`      ${e.detail}`);
      if (e.reply !== undefined && !e.detail.includes(e.reply)) lines.push(`      reply: "${e.reply}"`);
      lines.push(`      replay: ${e.replay}`);
    }
  }
  lines.push(clean(r) ? 'result: clean' : 'result: FAILED');
  return lines.join('\n');
}
