/**
 * What the assistant learned in the picked language: each example (text, intent, where it came
 * from) with Forget; export as MASSIVE JSONL, import (re-embedded with the current model), and
 * forget the whole language (asked in the page, no browser dialog).
 */
import { useId, useState, type ChangeEvent } from 'react';
import type { Learner } from '../../learning/index.ts';
import { downloadText } from '../download.ts';
import { useTester } from '../ui/TesterContext.tsx';
import { memoryFromJsonl, memoryToJsonl } from './memoryJsonl.ts';
import { tr } from './tr.ts';
import { useExamples } from './useLearner.ts';

export function MemoryPanel({ learner, locale, uiLocale }: { learner: Learner; locale: string; uiLocale: string }) {
  const examples = useExamples(learner, locale);
  const labels = useTester((s) => s.labels);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const importId = useId();
  const scenarios = labels?.scenarios ?? {};

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const { lines, errors } = memoryFromJsonl(await file.text(), labels?.intents ?? []);
      for (const l of lines) await learner.teach(l);
      setMessage(tr('importMemoryDone', uiLocale, { count: lines.length, skipped: errors.length }));
    } catch (err) {
      setMessage(tr('learnFailed', uiLocale, { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      input.value = '';
    }
  };

  return (
    <section className="tester-panel tester-memory" data-testid="memory-panel" data-count={examples.length} aria-label={tr('memoryTitle', uiLocale)}>
      <h2 className="section-title">{tr('memoryTitle', uiLocale)}</h2>
      <p className="muted">{tr('memoryIntro', uiLocale)}</p>
      <p>{tr('memoryCount', uiLocale, { count: examples.length })}</p>
      {examples.length === 0 ? (
        <p className="muted">{tr('memoryEmpty', uiLocale)}</p>
      ) : (
        <ul className="memory-list">
          {examples.map((e) => (
            <li key={e.id} data-testid="memory-example" data-intent={e.intent}>
              <span dir="auto" lang={e.locale}>{e.text}</span> → <code>{e.intent}</code>{' '}
              <span className="badge">{tr(`source_${e.source}`, uiLocale)}</span>{' '}
              <button type="button" data-testid="memory-forget" onClick={() => void learner.forget(e.id)}>
                {tr('forget', uiLocale)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="memory-actions">
        <button type="button" data-testid="memory-export" onClick={() => downloadText(`polyvox-memory-${locale}.jsonl`, memoryToJsonl(learner.list(locale), scenarios))}>
          {tr('exportMemory', uiLocale)}
        </button>
        <label htmlFor={importId}>{tr('importMemory', uiLocale)}</label>
        <input id={importId} type="file" accept=".jsonl,.txt" data-testid="memory-import" onChange={(e) => void onImport(e)} />
        {examples.length > 0 &&
          (confirming ? (
            <span role="alertdialog" aria-label={tr('forgetAll', uiLocale)}>
              {tr('forgetAllConfirm', uiLocale, { count: examples.length })}{' '}
              <button type="button" onClick={() => void learner.forgetAll(locale).then(() => setConfirming(false))}>
                {tr('forgetYes', uiLocale)}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {tr('forgetNo', uiLocale)}
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {tr('forgetAll', uiLocale)}
            </button>
          ))}
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
