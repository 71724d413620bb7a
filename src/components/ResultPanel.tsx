/**
 * The result of the latest parse: intent, scenario, confidence, the top-5 intents, the
 * highlighted utterance and timings. `data-utterance`/`data-locale` name the request it
 * belongs to (test hooks).
 */
import { tr } from '../i18n/strings.ts';
import { useApp } from '../state/StoreContext.tsx';
import { IntentBars, percent } from './IntentBars.tsx';
import { SlotHighlight } from './SlotHighlight.tsx';

function ms(value: number | null | undefined): string {
  return value == null ? '–' : `${value.toFixed(1)} ms`;
}

/** Shows the store's latest result, or nothing before the first parse. */
export function ResultPanel() {
  const result = useApp((s) => s.result);
  const roundTripMs = useApp((s) => s.roundTripMs);
  const pending = useApp((s) => s.pending);
  const locale = useApp((s) => s.locale);
  if (!result) return null;

  return (
    <section
      className="result-panel"
      data-testid="nlu-result"
      data-utterance={result.text}
      data-locale={result.locale}
      aria-busy={pending}
      aria-label={tr('resultTitle', locale)}
    >
      <dl className="headline">
        <div>
          <dt>{tr('intentLabel', locale)}</dt>
          <dd data-testid="intent" dir="ltr">{result.intent}</dd>
        </div>
        <div>
          <dt>{tr('scenarioLabel', locale)}</dt>
          <dd data-testid="scenario" dir="ltr">{result.scenario}</dd>
        </div>
        <div>
          <dt>{tr('confidenceLabel', locale)}</dt>
          <dd data-testid="confidence" dir="ltr">{percent(result.confidence)}</dd>
        </div>
      </dl>
      <SlotHighlight text={result.text} locale={result.locale} uiLocale={locale} slots={result.slots} />
      <IntentBars scores={result.top5} locale={locale} />
      <section className="timings">
        <h3>{tr('timingsTitle', locale)}</h3>
        <dl dir="ltr">
          <div><dt>{tr('tokenizeLabel', locale)}</dt><dd data-testid="timing-tokenize">{ms(result.timings.tokenizeMs)}</dd></div>
          <div><dt>{tr('inferenceLabel', locale)}</dt><dd data-testid="timing-inference">{ms(result.timings.inferenceMs)}</dd></div>
          <div><dt>{tr('totalLabel', locale)}</dt><dd data-testid="timing-total">{ms(roundTripMs)}</dd></div>
        </dl>
      </section>
    </section>
  );
}
