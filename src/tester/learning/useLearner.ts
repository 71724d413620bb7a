/** React views of the learner: its examples and taught languages, re-read when they change. */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { LearnedExample, Learner, TaughtLocale } from '../../learning/index.ts';

/** The learner's change counter; re-renders the caller on every change. */
function useVersion(learner: Learner): number {
  const subscribe = useCallback((onChange: () => void) => learner.subscribe(onChange), [learner]);
  return useSyncExternalStore(subscribe, () => learner.version);
}

/** The examples of `locale` (all when undefined). */
export function useExamples(learner: Learner, locale?: string): LearnedExample[] {
  const version = useVersion(learner);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is the change signal
  return useMemo(() => learner.list(locale), [learner, locale, version]);
}

/** The taught languages, re-read whenever the learner changes. */
export function useTaughtLocales(learner: Learner): TaughtLocale[] {
  const version = useVersion(learner);
  const [locales, setLocales] = useState<TaughtLocale[]>([]);
  useEffect(() => {
    let live = true;
    learner.taughtLocales().then((l) => live && setLocales(l), () => undefined);
    return () => {
      live = false;
    };
  }, [learner, version]);
  return locales;
}
