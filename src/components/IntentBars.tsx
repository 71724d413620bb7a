/**
 * The top intents as horizontal bars, widths proportional to their probability.
 */
import type { IntentScore } from '../nlu/types.ts';
import { tr } from '../i18n/strings.ts';

/** Formats a probability as a percentage with one decimal. */
export function percent(p: number): string {
  return `${(p * 100).toFixed(1)}%`;
}

/** Bars for the ranked intents; `locale` picks the heading's language. */
export function IntentBars({ scores, locale }: { scores: readonly IntentScore[]; locale: string }) {
  return (
    <section className="intent-bars">
      <h3>{tr('topIntentsTitle', locale)}</h3>
      <ol>
        {scores.map((s) => (
          <li key={s.intent} data-testid="top-intent" data-intent={s.intent}>
            <span className="bar-label" dir="ltr">{s.intent}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ inlineSize: `${Math.max(0, Math.min(1, s.p)) * 100}%` }} />
            </span>
            <span className="bar-value" dir="ltr">{percent(s.p)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
