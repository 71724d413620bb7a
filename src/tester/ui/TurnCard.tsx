/**
 * One turn in the list: the utterance with its slots, what the model said (intent by name and
 * label, confidence), the tester's right/wrong buttons, whether the latest change is on disk,
 * and for the active turn the correction panel. The card itself takes focus, so the
 * shortcuts act on it.
 */
import { useRef } from 'react';
import { percent } from '../../components/IntentBars.tsx';
import { friendlyIntent } from '../labels.ts';
import type { Annotation } from '../types.ts';
import { CorrectionEditor } from './CorrectionEditor.tsx';
import { useFocusTarget } from './focus.tsx';
import { SlotText } from './SlotText.tsx';
import { useTester, useTesterStore } from './TesterContext.tsx';
import { tr } from './tr.ts';
import { tr as trLearning } from '../learning/tr.ts';

/** Props: the turn, whether it is the active one, and the UI locale. */
export function TurnCard({ annotation: a, active, uiLocale }: { annotation: Annotation; active: boolean; uiLocale: string }) {
  const saved = useTester((s) => !s.unsaved.has(a.id));
  const store = useTesterStore();
  const ref = useRef<HTMLElement>(null);
  useFocusTarget({ kind: 'turn', id: a.id }, ref);
  const predicted = a.prediction?.intent ?? a.predictedIntent;
  const predictedScenario = a.prediction?.scenario ?? predicted.split('_')[0]!;
  const changed = a.intent !== predicted;
  const judge = (judgement: 'right' | 'wrong') => store.getState().judge(a.id, judgement);

  return (
    <article
      ref={ref}
      tabIndex={-1}
      className="tester-turn"
      data-testid="tester-turn"
      data-id={a.id}
      data-locale={a.locale}
      data-intent={a.intent}
      data-judgement={a.judgement ?? 'none'}
      data-corrected={a.corrected}
      data-saved={saved}
      aria-current={active}
      onFocus={() => {
        if (!active) store.getState().select(a.id);
      }}
      onClick={() => {
        if (!active) store.getState().select(a.id);
      }}
    >
      <SlotText utt={a.utt} locale={a.locale} wordLabels={a.wordLabels} testId="tester-utt" />
      <dl className="tester-reading">
        <div>
          <dt>{tr('modelSaid', uiLocale)}</dt>
          <dd dir="ltr" data-testid="tester-predicted" data-intent={predicted}>
            {friendlyIntent(predicted, predictedScenario)} <code>{predicted}</code>
            {a.prediction?.learned && (
              <span className="badge" data-testid="tester-learned" data-kind={a.prediction.learned}>
                {trLearning('learnedBadge', uiLocale)}
              </span>
            )}
          </dd>
        </div>
        {a.prediction && (
          <div>
            <dt>{tr('confidence', uiLocale)}</dt>
            <dd dir="ltr" data-testid="tester-confidence">{percent(a.prediction.confidence)}</dd>
          </div>
        )}
        {changed && (
          <div>
            <dt>{tr('goldIntent', uiLocale)}</dt>
            <dd dir="ltr" data-testid="tester-gold">
              {friendlyIntent(a.intent, a.scenario)} <code>{a.intent}</code>
            </dd>
          </div>
        )}
      </dl>
      <div className="tester-judge">
        <button type="button" className="tester-right" data-testid="tester-mark-right" aria-pressed={a.judgement === 'right'} onClick={() => judge('right')}>
          {tr('markRight', uiLocale)} <kbd>R</kbd>
        </button>
        <button type="button" className="tester-wrong" data-testid="tester-mark-wrong" aria-pressed={a.judgement === 'wrong'} onClick={() => judge('wrong')}>
          {tr('markWrong', uiLocale)} <kbd>W</kbd>
        </button>
        {a.judgement === null && <small className="muted">{tr('notJudged', uiLocale)}</small>}
        {a.corrected && <small className="tester-corrected">{tr('corrected', uiLocale)}</small>}
        <small className={saved ? 'tester-saved' : 'tester-saving'} data-testid="tester-turn-saved">
          {saved ? tr('saved', uiLocale) : tr('saving', uiLocale)}
        </small>
        <small className="muted" dir="ltr">{a.locale}</small>
      </div>
      {active && <CorrectionEditor annotation={a} uiLocale={uiLocale} />}
    </article>
  );
}
