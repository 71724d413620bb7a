/**
 * From the tester's annotations to on-device learning: a corrected turn teaches its words and
 * gold meaning (one example per annotation, replaced when the correction changes, forgotten
 * when it is undone); every new turn goes past the rephrase detector, whose candidates wait
 * here for the tester to confirm or dismiss them.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { RephraseDetector, type Learner, type RephraseCandidate } from '../../learning/index.ts';
import type { Annotation } from '../types.ts';

/** What the learning panels show. */
export interface LearningState {
  candidates: readonly RephraseCandidate[];
  /** The last teaching failure (storage full, no IndexedDB), shown until the next success. */
  error: string | null;
}

/** The bridge of one tester view. */
export interface LearningBridge {
  state: StoreApi<LearningState>;
  /** The tester store's `onAnnotation`. */
  onAnnotation(annotation: Annotation): void;
  confirm(candidate: RephraseCandidate): Promise<void>;
  dismiss(candidate: RephraseCandidate): void;
}

/** The example id an annotation teaches under (stable, so edits replace it). */
export const exampleIdOf = (annotation: Annotation) => `correction-${annotation.id}`;

export function createLearningBridge(learner: Learner, detector: RephraseDetector = new RephraseDetector()): LearningBridge {
  const state = createStore<LearningState>(() => ({ candidates: [], error: null }));
  const seen = new Set<string>();
  const taught = new Set<string>();
  const sync = () => state.setState({ candidates: [...detector.candidates()] });
  const fail = (err: unknown) => state.setState({ error: err instanceof Error ? err.message : String(err) });
  const ok = () => state.getState().error && state.setState({ error: null });
  // NOTE: one change after another, in order: a correction edited twice in quick succession
  // must end with the second version stored and in effect, not whichever write lands last.
  let chain: Promise<unknown> = Promise.resolve();
  const inOrder = (work: () => Promise<unknown>) => {
    chain = chain.then(work).then(ok, fail);
  };

  return {
    state,
    onAnnotation(a) {
      if (!seen.has(a.id) && a.prediction) {
        seen.add(a.id);
        detector.observe({ id: a.id, text: a.utt, locale: a.locale, intent: a.prediction.intent, confidence: a.prediction.confidence, at: a.updatedAt });
      }
      if (a.judgement === 'wrong') detector.markWrong(a.id);
      sync();
      const id = exampleIdOf(a);
      if (a.corrected && a.judgement !== 'right') {
        taught.add(id);
        inOrder(() => learner.teach({ id, text: a.utt, locale: a.locale, intent: a.intent, wordLabels: a.wordLabels, source: 'correction' }));
      } else if (taught.delete(id)) {
        inOrder(() => learner.forget(id));
      }
    },
    async confirm(candidate) {
      detector.settle(candidate);
      sync();
      try {
        await learner.teach({ text: candidate.failed.text, locale: candidate.failed.locale, intent: candidate.intent, source: 'rephrase' });
        ok();
      } catch (err) {
        fail(err);
      }
    },
    dismiss(candidate) {
      detector.settle(candidate);
      sync();
    },
  };
}
