/**
 * The kiosk's watchdog, wired to the page's runtime: it follows the store and the engine and
 * keeps the screen calm — `slow` ("one moment") while a turn takes long, `failed` ("please try
 * again") for a few seconds after a turn that could not be answered, `ok` otherwise — and
 * recovers on its own: a parse pending past the NLU client's own bound gets the worker
 * replaced, a failed model load is tried again, a voice that does not finish is stopped.
 * `nluRestarts` and `voiceStops` count the recoveries (shown as data attributes, for tests and the soak).
 */
import { useEffect, useState } from 'react';
import type { Runtime } from '../app/runtime.ts';
import { createDeadline, FAILED_SHOW_MS, NLU_STUCK_MS, RELOAD_MS, SLOW_MS, speakBudgetMs } from './watchdog.ts';

/** What the kiosk shows about the assistant's health. */
export type WatchPhase = 'ok' | 'slow' | 'failed';

/** Subscribes the watchdog to `runtime` for the component's lifetime. */
export function useWatchdog(runtime: Runtime): { phase: WatchPhase; nluRestarts: number; voiceStops: number } {
  const [phase, setPhase] = useState<WatchPhase>('ok');
  const [nluRestarts, setNluRestarts] = useState(0);
  const [voiceStops, setVoiceStops] = useState(0);

  useEffect(() => {
    const { store, engine, speaker, nlu } = runtime;
    const slow = createDeadline();
    const stuck = createDeadline();
    const failedShown = createDeadline();
    const reload = createDeadline();
    const speaking = createDeadline();
    const recovered = () => setNluRestarts((n) => n + 1);
    let watchedReply: unknown = null;
    const retryLoad = () =>
      reload.begin(RELOAD_MS, () => {
        if (store.getState().status !== 'error') return;
        recovered();
        void nlu.load().catch(() => retryLoad());
      });

    const unsubscribeStore = store.subscribe((s, prev) => {
      if (s.pending && !prev.pending) {
        // A new utterance stops the voice (barge-in): the previous reply's deadline goes too.
        speaking.end();
        failedShown.end();
        setPhase('ok');
        slow.begin(SLOW_MS, () => setPhase('slow'));
        stuck.begin(NLU_STUCK_MS, () => {
          // Rejects the stuck parse (the store shows why, calmly) and loads a fresh worker.
          recovered();
          nlu.dispose();
          void nlu.load().catch(() => undefined);
        });
      } else if (!s.pending && prev.pending) {
        slow.end();
        stuck.end();
        const failed = s.error !== null && s.error.kind !== 'empty';
        setPhase(failed ? 'failed' : 'ok');
        if (failed) failedShown.begin(FAILED_SHOW_MS, () => setPhase('ok'));
      }
      if (s.status === 'error' && prev.status !== 'error') retryLoad();
      // A reply has just been shown and will be spoken: it must end in reasonable time.
      const reply = s.turns.at(-1)?.reply;
      if (reply && reply !== watchedReply && s.speakReplies) {
        watchedReply = reply;
        speaking.begin(speakBudgetMs(reply.text), () => {
          setVoiceStops((n) => n + 1);
          speaker.stop();
        });
      }
    });
    const unsubscribeEngine = engine.on((event) => {
      if (event.type === 'spoken' || (event.type === 'error' && event.stage === 'speak')) speaking.end();
    });
    return () => {
      unsubscribeStore();
      unsubscribeEngine();
      for (const d of [slow, stuck, failedShown, reload, speaking]) d.end();
    };
  }, [runtime]);

  return { phase, nluRestarts, voiceStops };
}
