/**
 * Rephrase detection: a turn that failed (marked wrong, or below the confidence gate)
 * followed within `windowMs` by a different utterance that succeeds suggests that the first
 * one meant what the second was understood as. The pair is only a candidate: the tester
 * confirms it before it is taught.
 */
import { textKey } from './textKey.ts';

/** One turn as the detector sees it. */
export interface ObservedTurn {
  id: string;
  text: string;
  locale: string;
  intent: string;
  confidence: number;
  /** ms since the epoch. */
  at: number;
}

/** A suggested lesson: `failed.text` probably means `intent`. */
export interface RephraseCandidate {
  failed: ObservedTurn;
  success: ObservedTurn;
  intent: string;
}

/** The detector's settings. */
export interface RephraseOptions {
  windowMs?: number;
  /** Below this confidence a turn failed (the dialog's "did not understand" gate). */
  gate?: number;
}

/** Watches the turns of one conversation. */
export class RephraseDetector {
  private readonly windowMs: number;
  private readonly gate: number;
  private last: ObservedTurn | null = null;
  private readonly wrong = new Set<string>();
  private pending: RephraseCandidate[] = [];

  constructor(options: RephraseOptions = {}) {
    this.windowMs = options.windowMs ?? 20_000;
    this.gate = options.gate ?? 0.3;
  }

  private failed(t: ObservedTurn): boolean {
    return this.wrong.has(t.id) || t.confidence < this.gate;
  }

  /** Records a turn; returns the candidate it completes, if any. */
  observe(turn: ObservedTurn): RephraseCandidate | null {
    const prev = this.last;
    this.last = turn;
    if (!prev || !this.failed(prev) || this.failed(turn)) return null;
    if (turn.locale !== prev.locale || turn.at - prev.at > this.windowMs || turn.at < prev.at) return null;
    if (textKey(turn.text) === textKey(prev.text)) return null;
    const candidate = { failed: prev, success: turn, intent: turn.intent };
    this.pending.push(candidate);
    return candidate;
  }

  /**
   * A turn was marked wrong. If it is the last one, a rephrase that follows can complete it;
   * if it was a candidate's successful turn, that candidate is withdrawn.
   */
  markWrong(id: string): void {
    this.wrong.add(id);
    this.pending = this.pending.filter((c) => c.success.id !== id);
  }

  /** Candidates waiting for the tester's answer. */
  candidates(): readonly RephraseCandidate[] {
    return this.pending;
  }

  /** Removes a candidate (confirmed and taught, or rejected). */
  settle(candidate: RephraseCandidate): void {
    this.pending = this.pending.filter((c) => c !== candidate);
  }
}
