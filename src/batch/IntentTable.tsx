/**
 * The per-intent scores behind the chart as a table (collapsed under the chart): the text
 * alternative to the canvas, and the exact numbers.
 */
import type { IntentScores } from './confusion.ts';
import { tr } from './ui/strings.ts';

const pct = (x: number) => x.toFixed(1);

/** Precision, recall, F1 and gold count per intent, worst F1 first. */
export function IntentTable({ locale, scores }: { locale: string; scores: readonly IntentScores[] }) {
  return (
    <details className="batch-intents">
      <summary>{tr('intentTable', locale)}</summary>
      <table className="batch-table" data-testid="batch-intent-table">
        <thead>
          <tr>
            <th scope="col">{tr('colIntentName', locale)}</th>
            <th scope="col">{tr('colPrecision', locale)}</th>
            <th scope="col">{tr('colRecall', locale)}</th>
            <th scope="col">{tr('colF1', locale)}</th>
            <th scope="col">{tr('colSupport', locale)}</th>
          </tr>
        </thead>
        <tbody dir="ltr">
          {scores.map((s) => (
            <tr key={s.intent} data-intent={s.intent}>
              <th scope="row">{s.intent}</th>
              <td>{pct(s.precision)}</td>
              <td>{pct(s.recall)}</td>
              <td>{pct(s.f1)}</td>
              <td>{s.support}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
