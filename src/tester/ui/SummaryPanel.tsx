/**
 * The session summary: turns judged and not yet judged, the share right, corrections, the
 * intents most often wrong and the counts per locale, over every stored annotation.
 */
import { summarize } from '../summary.ts';
import { useTester } from './TesterContext.tsx';
import { tr } from './tr.ts';

/** The summary panel; `uiLocale` picks its language and number formats. */
export function SummaryPanel({ uiLocale }: { uiLocale: string }) {
  const annotations = useTester((s) => s.annotations);
  const s = summarize(annotations);
  return (
    <section
      id="tester-summary"
      className="tester-panel tester-summary"
      data-testid="tester-summary"
      data-judged={s.judged}
      data-right={s.right}
      data-corrected={s.corrected}
    >
      <h2 className="section-title">{tr('summaryTitle', uiLocale)}</h2>
      <ul className="tester-figures">
        <li>{tr('summaryJudged', uiLocale, { count: s.judged })}</li>
        <li>{tr('summaryOpen', uiLocale, { count: s.open })}</li>
        {s.shareRight !== null && <li data-testid="tester-share-right">{tr('summaryRight', uiLocale, { share: s.shareRight })}</li>}
        <li>{tr('summaryCorrected', uiLocale, { count: s.corrected })}</li>
      </ul>
      <h3>{tr('worstTitle', uiLocale)}</h3>
      {s.worst.length === 0 ? (
        <p className="muted">{tr('noWorst', uiLocale)}</p>
      ) : (
        <ol className="tester-worst" data-testid="tester-worst">
          {s.worst.map((w) => (
            <li key={w.intent} data-intent={w.intent}>
              <code>{w.intent}</code> {tr('worstRow', uiLocale, { wrong: w.wrong, total: w.total })}
            </li>
          ))}
        </ol>
      )}
      {s.locales.length > 0 && (
        <>
          <h3>{tr('localesTitle', uiLocale)}</h3>
          <ul className="tester-locales" data-testid="tester-locales">
            {s.locales.map((l) => (
              <li key={l.locale} data-locale={l.locale} data-judged={l.judged}>
                <code>{l.locale}</code> {tr('localeRow', uiLocale, { judged: l.judged, right: l.right })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
