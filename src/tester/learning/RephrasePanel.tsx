/** Rephrase candidates waiting for the tester: "the first wording meant what the second did?" */
import { useStore } from 'zustand';
import type { LearningBridge } from './bridge.ts';
import { tr } from './tr.ts';

export function RephrasePanel({ bridge, uiLocale }: { bridge: LearningBridge; uiLocale: string }) {
  const candidates = useStore(bridge.state, (s) => s.candidates);
  const error = useStore(bridge.state, (s) => s.error);
  if (candidates.length === 0 && !error) return null;
  return (
    <section className="tester-panel tester-rephrase" data-testid="rephrase-panel" aria-label={tr('rephraseTitle', uiLocale)}>
      <h2 className="section-title">{tr('rephraseTitle', uiLocale)}</h2>
      {error && <p role="alert">{tr('learnFailed', uiLocale, { message: error })}</p>}
      <ul>
        {candidates.map((c) => (
          <li key={`${c.failed.id}-${c.success.id}`} data-testid="rephrase-candidate">
            <span dir="auto">{tr('rephraseRow', uiLocale, { failed: c.failed.text, success: c.success.text, intent: c.intent })}</span>{' '}
            <button type="button" data-testid="rephrase-confirm" onClick={() => void bridge.confirm(c)}>
              {tr('rephraseYes', uiLocale)}
            </button>
            <button type="button" onClick={() => bridge.dismiss(c)}>
              {tr('rephraseNo', uiLocale)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
