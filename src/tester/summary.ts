/**
 * The session summary: how many turns were judged, the share the model got right, the intents
 * it gets wrong most often (by the gold intent: where the model fails) and the counts per
 * locale. Pure, over the stored annotations; counts are numbers for the UI's plural rules.
 */
import type { Annotation } from './types.ts';

/** One intent's record of wrong readings. */
export interface IntentErrors {
  intent: string;
  wrong: number;
  total: number;
}

/** One locale's counts. */
export interface LocaleCount {
  locale: string;
  judged: number;
  right: number;
}

/** The summary the panel shows. */
export interface TesterSummary {
  /** Turns with a judgement. */
  judged: number;
  /** Turns not judged yet. */
  open: number;
  right: number;
  /** `right / judged`, or null before the first judgement. */
  shareRight: number | null;
  corrected: number;
  /** Intents judged wrong at least once, most often wrong first (at most `worstLimit`). */
  worst: IntentErrors[];
  /** Every locale with a turn, by code. */
  locales: LocaleCount[];
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Summarizes `annotations`; `worstLimit` caps the worst-intents list. */
export function summarize(annotations: readonly Annotation[], worstLimit = 5): TesterSummary {
  let judged = 0;
  let right = 0;
  let corrected = 0;
  const perIntent = new Map<string, IntentErrors>();
  const perLocale = new Map<string, LocaleCount>();
  for (const a of annotations) {
    const loc = perLocale.get(a.locale) ?? { locale: a.locale, judged: 0, right: 0 };
    perLocale.set(a.locale, loc);
    if (a.judgement === null) continue;
    judged += 1;
    loc.judged += 1;
    if (a.corrected) corrected += 1;
    const intent = perIntent.get(a.intent) ?? { intent: a.intent, wrong: 0, total: 0 };
    perIntent.set(a.intent, intent);
    intent.total += 1;
    if (a.judgement === 'right') {
      right += 1;
      loc.right += 1;
    } else {
      intent.wrong += 1;
    }
  }
  const worst = [...perIntent.values()]
    .filter((i) => i.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong || b.wrong / b.total - a.wrong / a.total || byCode(a.intent, b.intent))
    .slice(0, worstLimit);
  return {
    judged,
    open: annotations.length - judged,
    right,
    shareRight: judged === 0 ? null : right / judged,
    corrected,
    worst,
    locales: [...perLocale.values()].sort((a, b) => byCode(a.locale, b.locale)),
  };
}
