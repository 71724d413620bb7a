/**
 * Drives fuzz inputs through the NLU (optional) and the real dialogue, in order. Inputs are
 * grouped in sessions of `sessionSize` consecutive indices (one memory storage each, so a
 * slice that starts at a session boundary replays exactly); every `reloadEvery` inputs a
 * second dialog is opened over the same storage, as a page reload would, and its loaded
 * state is checked too. Each input yields one `InputResult`.
 */
import { createDialog, createMemoryStorage, silentSound, type Dialog, type Turn, type Understood } from '../../src/dialog/index.ts';
import { NluError } from '../../src/nlu/errors.ts';
import { badTokensIn, checkReloaded, checkReply, checkState, errorText, type Violation } from './contracts.ts';
import type { FuzzInput, Mode, Reading } from './generate.ts';
import { Rng } from './prng.ts';

/** The UI's input limit: longer text goes to the dialogue whole but to the NLU cut to this. */
export const UI_MAX_CHARS = 1000;

/** What the runner needs of an NLU model (`NluModel` has it). */
export interface NluLike {
  parse(text: string, locale: string): Promise<{ intent: string; scenario: string; confidence: number; slots: Understood['slots'] }>;
}

export interface RunOptions {
  /** Omit to run the dialogue only (forced and template readings). */
  nlu?: NluLike | null;
  /** The dialog's fixed clock. */
  now: Date;
  /** A turn slower than this is a hang (ms, default 2000). */
  hangMs?: number;
  sessionSize?: number;
  reloadEvery?: number;
}

export interface InputResult {
  index: number;
  mode: Mode;
  intent: string;
  /** NLU time (ms), when the NLU ran. */
  nluMs?: number;
  /** Time of `handle()` (ms). */
  dialogMs: number;
  /** Everything for this input: NLU, dialogue, rendering, checks, reload. */
  totalMs: number;
  replyKey?: string;
  reply?: string;
  violations: Violation[];
}

export const DEFAULT_SESSION = 100;
export const DEFAULT_RELOAD_EVERY = 25;

/** `text` cut to the UI limit without splitting a surrogate pair. */
export function uiCut(text: string): string {
  if (text.length <= UI_MAX_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(UI_MAX_CHARS - 1)) ? UI_MAX_CHARS - 1 : UI_MAX_CHARS;
  return text.slice(0, end);
}

type Settled<T> = { ok: true; value: T; ms: number } | { ok: false; error: unknown; ms: number } | { timeout: true; ms: number };

/** Awaits `p` for at most `ms`; also reports how long it really took (a blocked event loop overshoots). */
async function within<T>(p: Promise<T>, ms: number): Promise<Settled<T>> {
  const t0 = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    const r = await Promise.race([p.then((value) => ({ value })), timeout]);
    const took = performance.now() - t0;
    return r === 'timeout' ? { timeout: true, ms: took } : { ok: true, value: r.value, ms: took };
  } catch (error) {
    return { ok: false, error, ms: performance.now() - t0 };
  } finally {
    clearTimeout(timer);
  }
}

/** A dialog session: one storage, the current dialog, what it rang and notified. */
interface Session {
  id: number;
  storage: ReturnType<typeof createMemoryStorage>;
  dialog: Dialog;
  rings: Turn[];
  notes: string[];
  ids: number;
  /** State violations already reported in this session (a bad alarm is reported once, not after every turn). */
  known: Set<string>;
}

/** Runs inputs one after another; `onResult` gets each result as soon as it is known. */
export class FuzzRunner {
  private session: Session | null = null;
  private readonly hangMs: number;
  private readonly sessionSize: number;
  private readonly reloadEvery: number;

  constructor(private readonly opts: RunOptions) {
    this.hangMs = opts.hangMs ?? 2000;
    this.sessionSize = opts.sessionSize ?? DEFAULT_SESSION;
    this.reloadEvery = opts.reloadEvery ?? DEFAULT_RELOAD_EVERY;
  }

  private open(id: number, storage = createMemoryStorage(), prev?: Session): Session {
    const s: Session = { id, storage, dialog: undefined as unknown as Dialog, rings: prev?.rings ?? [], notes: prev?.notes ?? [], ids: prev?.ids ?? 0, known: prev?.known ?? new Set() };
    s.dialog = createDialog({
      storage,
      sound: silentSound,
      now: () => new Date(this.opts.now),
      notify: (text) => s.notes.push(text),
      onRing: (turn) => s.rings.push(turn),
      newId: () => `fuzz-${id}-${++s.ids}`,
    });
    return s;
  }

  /** Disposes the current dialog (clears its alarm timers). */
  close(): void {
    this.session?.dialog.dispose();
    this.session = null;
  }

  private async understand(input: FuzzInput): Promise<{ u: Understood; mode: Mode; nluMs?: number; violations: Violation[] }> {
    const violations: Violation[] = [];
    const reading = (r: Reading, mode: Mode) => ({ u: { text: input.text, locale: input.locale, ...r }, mode });
    const fallback = input.oracle && input.mode !== 'random' ? reading(input.oracle, 'oracle') : reading(input.forced, 'random');
    if (input.mode === 'oracle' && input.oracle) return { ...reading(input.oracle, 'oracle'), violations };
    if (input.mode !== 'nlu' || !this.opts.nlu) return { ...(input.mode === 'random' ? reading(input.forced, 'random') : fallback), violations };
    const t0 = performance.now();
    try {
      const r = await this.opts.nlu.parse(uiCut(input.text), input.locale);
      const nluMs = performance.now() - t0;
      // The dialogue is given the whole text, as the dialogue API allows (the UI would refuse it).
      return { u: { text: input.text, locale: input.locale, intent: r.intent, scenario: r.scenario, confidence: r.confidence, slots: r.slots }, mode: 'nlu', nluMs, violations };
    } catch (e) {
      const nluMs = performance.now() - t0;
      if (!(e instanceof NluError && e.code === 'empty-text')) violations.push({ kind: 'crash:nlu', detail: errorText(e) });
      return { ...fallback, nluMs, violations };
    }
  }

  /** Answers one input and checks every contract. */
  async run(input: FuzzInput): Promise<InputResult> {
    const t0 = performance.now();
    const now = this.opts.now;
    const sessionId = Math.floor(input.index / this.sessionSize);
    if (this.session?.id !== sessionId) {
      this.close();
      this.session = this.open(sessionId);
    }
    const session = this.session!;
    const { u, mode, nluMs, violations } = await this.understand(input);
    const result: InputResult = { index: input.index, mode, intent: u.intent, ...(nluMs !== undefined ? { nluMs } : {}), dialogMs: 0, totalMs: 0, violations };

    const turns: [string, Turn][] = [];
    const handled = await within(session.dialog.handle(u), this.hangMs);
    result.dialogMs = handled.ms;
    if ('timeout' in handled) {
      violations.push({ kind: 'hang', detail: `handle() did not resolve within ${this.hangMs} ms` });
      // The dialog may never answer: start a new session rather than wait on it.
      this.close();
    } else if (!handled.ok) {
      violations.push({ kind: 'crash:handle', detail: errorText(handled.error) });
    } else {
      if (handled.ms > this.hangMs) violations.push({ kind: 'hang', detail: `handle() took ${handled.ms.toFixed(0)} ms (limit ${this.hangMs})` });
      turns.push(['', handled.value]);
    }

    if (this.session) {
      // Now and then press the alarm panel's buttons too.
      const rng = Rng.forInput(input.seed, input.index, 3);
      const alarms = this.session.dialog.state.getState().alarms;
      try {
        if (alarms.length && rng.chance(0.05)) {
          const turn = this.session.dialog.snooze(rng.pick(alarms).id);
          if (turn) turns.push(['snooze/', turn]);
        }
        if (alarms.length && rng.chance(0.05)) {
          const turn = this.session.dialog.removeAlarm(rng.pick(alarms).id);
          if (turn) turns.push(['remove/', turn]);
        }
      } catch (e) {
        violations.push({ kind: 'crash:button', detail: errorText(e) });
      }
      // Let due alarms ring (a zero-delay timer) before reading what rang.
      await new Promise((r) => setTimeout(r, 0));
      for (const turn of this.session.rings.splice(0)) turns.push(['ring/', turn]);
      for (const note of this.session.notes.splice(0)) {
        for (const bad of badTokensIn(note, u.locale, input.text)) violations.push({ kind: `notify/${bad.kind}`, detail: bad.detail });
      }
    }

    for (const [prefix, turn] of turns) {
      const checked = checkReply(turn.reply, turn.locale, input.text);
      for (const x of checked.violations) violations.push({ kind: prefix + x.kind, detail: x.detail });
      if (prefix === '') {
        result.replyKey = turn.reply?.key;
        result.reply = checked.text.length > 300 ? `${checked.text.slice(0, 300)}…` : checked.text;
      }
    }

    if (this.session) {
      const known = this.session.known;
      const key = (v: Violation) => `${v.kind.replace(/^reload\//, '')}\n${v.detail}`;
      // What is already wrong is reported once: for the input that broke it, not after every later turn or reload.
      const fresh = (list: Violation[]) => list.filter((v) => !known.has(key(v)) && known.add(key(v)));
      violations.push(...fresh(checkState(this.session.dialog.state.getState(), now)));
      if (input.index % this.reloadEvery === this.reloadEvery - 1) violations.push(...fresh(await this.reload()));
    }
    result.totalMs = performance.now() - t0;
    return result;
  }

  /** Opens a second dialog over the same storage (a page reload) and checks what it loaded. */
  private async reload(): Promise<Violation[]> {
    const old = this.session!;
    const before = old.dialog.state.getState();
    old.dialog.dispose();
    const next = this.open(old.id, old.storage, old);
    this.session = next;
    const loaded = await within(next.dialog.ready, this.hangMs);
    if ('timeout' in loaded) return [{ kind: 'reload:hang', detail: `ready did not resolve within ${this.hangMs} ms` }];
    if (!loaded.ok) return [{ kind: 'crash:reload', detail: errorText(loaded.error) }];
    const after = next.dialog.state.getState();
    return [...checkState(after, this.opts.now).map((v) => ({ kind: `reload/${v.kind}`, detail: v.detail })), ...checkReloaded(before, after, this.opts.now)];
  }
}
