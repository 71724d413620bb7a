/**
 * Teach a language that MASSIVE does not have: a BCP 47 tag, a name, a direction and the
 * language replies fall back to; then examples per intent; then try it. The assistant
 * understands the language through the memory alone (nearest intent centroid of what was
 * taught, on the model's embedding), and says visibly which language it replies in.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Learner, LearnedResult, TaughtLocale } from '../../learning/index.ts';
import { languages } from '../../i18n/languages.ts';
import { intentGroups } from '../labels.ts';
import { useTester } from '../ui/TesterContext.tsx';
import { tr } from './tr.ts';
import { useExamples, useTaughtLocales } from './useLearner.ts';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

function AddLanguage({ learner, uiLocale, onAdded }: { learner: Learner; uiLocale: string; onAdded: (code: string) => void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [dir, setDir] = useState<TaughtLocale['dir']>('ltr');
  const [fallback, setFallback] = useState('en-US');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    learner.addLocale({ code, name, dir, fallback }).then(
      (l) => {
        setError(null);
        onAdded(l.code);
      },
      (err: unknown) => setError(errorText(err)),
    );
  };
  return (
    <form className="teach-add" onSubmit={submit} data-testid="teach-add">
      <label htmlFor={`${id}-code`}>{tr('teachCode', uiLocale)}</label>
      <input id={`${id}-code`} value={code} onChange={(e) => setCode(e.target.value)} placeholder="gsw-CH" data-testid="teach-code" />
      <label htmlFor={`${id}-name`}>{tr('teachName', uiLocale)}</label>
      <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} dir="auto" data-testid="teach-name" />
      <label htmlFor={`${id}-dir`}>{tr('teachDir', uiLocale)}</label>
      <select id={`${id}-dir`} value={dir} onChange={(e) => setDir(e.target.value === 'rtl' ? 'rtl' : 'ltr')}>
        <option value="ltr">{tr('dirLtr', uiLocale)}</option>
        <option value="rtl">{tr('dirRtl', uiLocale)}</option>
      </select>
      <label htmlFor={`${id}-fallback`}>{tr('teachFallback', uiLocale)}</label>
      <select id={`${id}-fallback`} value={fallback} onChange={(e) => setFallback(e.target.value)}>
        {languages.map((l) => (
          <option key={l.code} value={l.code}>
            {l.nativeName} ({l.code})
          </option>
        ))}
      </select>
      <button type="submit">{tr('teachAdd', uiLocale)}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function TeachExamples({ learner, taught, uiLocale }: { learner: Learner; taught: TaughtLocale; uiLocale: string }) {
  const labels = useTester((s) => s.labels);
  const examples = useExamples(learner, taught.code);
  const [intent, setIntent] = useState('');
  const [text, setText] = useState('');
  const [trial, setTrial] = useState('');
  const [understood, setUnderstood] = useState<LearnedResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const groups = labels ? intentGroups(labels) : [];
  const chosen = intent || groups[0]?.intents[0] || '';
  const fallbackName = languages.find((l) => l.code === taught.fallback)?.nativeName ?? taught.fallback;

  const teach = (e: FormEvent) => {
    e.preventDefault();
    learner.teach({ text, locale: taught.code, intent: chosen, source: 'taught' }).then(
      () => {
        setText('');
        setError(null);
      },
      (err: unknown) => setError(errorText(err)),
    );
  };
  const tryIt = (e: FormEvent) => {
    e.preventDefault();
    learner.understand(trial, taught.code).then(setUnderstood, (err: unknown) => setError(errorText(err)));
  };
  return (
    <div className="teach-examples" lang={taught.code} dir={taught.dir}>
      <p>{tr('teachCounts', uiLocale, { intents: new Set(examples.map((e) => e.intent)).size, count: examples.length })}</p>
      <form onSubmit={teach} data-testid="teach-example-form">
        <label htmlFor={`${id}-intent`}>{tr('teachIntent', uiLocale)}</label>
        <select id={`${id}-intent`} value={chosen} onChange={(e) => setIntent(e.target.value)} data-testid="teach-intent">
          {groups.map((g) => (
            <optgroup key={g.scenario} label={g.scenario}>
              {g.intents.map((i) => (
                <option key={i} value={i}>
                  {i}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <label htmlFor={`${id}-text`}>{tr('teachExample', uiLocale)}</label>
        <input id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} dir="auto" data-testid="teach-text" />
        <button type="submit" disabled={!text.trim() || !chosen}>
          {tr('teachExampleButton', uiLocale)}
        </button>
      </form>
      <form onSubmit={tryIt}>
        <label htmlFor={`${id}-try`}>{tr('teachTry', uiLocale)}</label>
        <input id={`${id}-try`} value={trial} onChange={(e) => setTrial(e.target.value)} dir="auto" data-testid="teach-try" />
        <button type="submit" disabled={!trial.trim()}>
          {tr('teachTry', uiLocale)}
        </button>
      </form>
      {understood && (
        <div role="status" data-testid="teach-result" data-intent={understood.learned ? understood.intent : ''}>
          <p>
            {understood.learned
              ? tr('teachUnderstood', uiLocale, { intent: understood.intent, confidence: understood.confidence })
              : tr('teachNotUnderstood', uiLocale)}
          </p>
          <p className="muted">{tr('teachFallbackNote', uiLocale, { language: fallbackName, name: taught.name })}</p>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

export function TeachPanel({ learner, uiLocale }: { learner: Learner; uiLocale: string }) {
  const taught = useTaughtLocales(learner);
  const [picked, setPicked] = useState<string | null>(null);
  const current = taught.find((t) => t.code === picked) ?? taught[0] ?? null;
  const id = useId();
  return (
    <section className="tester-panel tester-teach" data-testid="teach-panel" aria-label={tr('teachTitle', uiLocale)}>
      <h2 className="section-title">{tr('teachTitle', uiLocale)}</h2>
      <p className="muted">{tr('teachIntro', uiLocale)}</p>
      <AddLanguage learner={learner} uiLocale={uiLocale} onAdded={setPicked} />
      {current && (
        <>
          <label htmlFor={`${id}-pick`}>{tr('teachPick', uiLocale)}</label>
          <select id={`${id}-pick`} value={current.code} onChange={(e) => setPicked(e.target.value)} data-testid="teach-pick">
            {taught.map((t) => (
              <option key={t.code} value={t.code}>
                {t.name} ({t.code})
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void learner.removeLocale(current.code)}>
            {tr('teachRemove', uiLocale)}
          </button>
          <TeachExamples learner={learner} taught={current} uiLocale={uiLocale} />
        </>
      )}
    </section>
  );
}
