/**
 * The utterances that were not an exact match, in file order, 50 at a time, filterable by
 * locale: the utterance, gold and predicted intent and slots, and a link that opens the
 * assistant page's inspector on that utterance and locale in a new tab.
 */
import { useState } from 'react';
import { langTag } from '../i18n/languages.ts';
import { DEFAULT_MODEL_ID } from '../nlu/index.ts';
import { inspectorHref } from './inspectorLink.ts';
import type { BatchAnalysis, Failure, SlotText } from './types.ts';
import { tr } from './ui/strings.ts';

const PAGE = 50;
const ALL = '';

function Slots({ locale, slots, lang }: { locale: string; slots: readonly SlotText[]; lang: string }) {
  if (slots.length === 0) return <span className="muted">{tr('noSlots', locale)}</span>;
  return (
    <ul className="failure-slots">
      {slots.map((s, i) => (
        <li key={i}>
          <span className="slot-label" dir="ltr">{s.label}</span> <span lang={lang} dir="auto">{s.text}</span>
        </li>
      ))}
    </ul>
  );
}

function FailureItem({ locale, modelId, failure: f }: { locale: string; modelId: string; failure: Failure }) {
  const lang = langTag(f.locale);
  return (
    <li className="failure" data-testid="batch-failure" data-locale={f.locale} data-line={f.line}>
      <p className="failure-utt" lang={lang} dir="auto">
        {f.utt}
      </p>
      <dl className="failure-labels">
        <div>
          <dt>{tr('gold', locale)}</dt>
          <dd>
            <code>{f.gold.intent}</code> <Slots locale={locale} slots={f.gold.slots} lang={lang} />
          </dd>
        </div>
        <div data-wrong-intent={f.gold.intent !== f.predicted.intent}>
          <dt>{tr('predicted', locale)}</dt>
          <dd>
            <code>{f.predicted.intent}</code> <Slots locale={locale} slots={f.predicted.slots} lang={lang} />
          </dd>
        </div>
      </dl>
      <p className="failure-meta">
        <span dir="ltr">{f.locale}</span> · {tr('lineRef', locale, { line: f.line })} ·{' '}
        <a href={inspectorHref(import.meta.env.BASE_URL, f.locale, f.utt, modelId, DEFAULT_MODEL_ID)} target="_blank" rel="noopener" data-testid="batch-inspect">
          {tr('openInInspector', locale)}
        </a>
      </p>
    </li>
  );
}

/** The failures of a run. */
export function FailureList({ locale, modelId, analysis }: { locale: string; modelId: string; analysis: BatchAnalysis }) {
  const [only, setOnly] = useState(ALL);
  const [shown, setShown] = useState(PAGE);
  const locales = [...new Set(analysis.failures.map((f) => f.locale))].sort();
  const list = only ? analysis.failures.filter((f) => f.locale === only) : analysis.failures;
  const notListed = analysis.failureCount - analysis.failures.length;
  return (
    <section className="batch-failures" data-testid="batch-failures" data-count={analysis.failureCount}>
      <h3>{tr('failuresTitle', locale, { count: analysis.failureCount })}</h3>
      {locales.length > 1 && (
        <label className="field batch-failure-filter">
          <span>{tr('failuresFilter', locale)}</span>
          <select value={only} onChange={(e) => { setOnly(e.target.value); setShown(PAGE); }}>
            <option value={ALL}>{tr('failuresAll', locale)}</option>
            {locales.map((l) => (
              <option key={l} value={l}>{l}</option>
            ))}
          </select>
        </label>
      )}
      <ol className="failure-list">
        {list.slice(0, shown).map((f) => (
          <FailureItem key={`${f.line}-${f.id}`} locale={locale} modelId={modelId} failure={f} />
        ))}
      </ol>
      {list.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {tr('showMore', locale)}
        </button>
      )}
      {notListed > 0 && <p className="muted">{tr('failuresNotListed', locale, { count: notListed })}</p>}
    </section>
  );
}
