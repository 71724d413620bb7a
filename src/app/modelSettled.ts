/**
 * When the page's offline copy (the service worker) may start downloading: after the model's
 * own load, which it would otherwise compete with on a first visit.
 */
import type { AppState } from '../state/types.ts';
import type { createAppStore } from '../state/store.ts';

type AppStore = ReturnType<typeof createAppStore>;

/** How long the offline copy waits for the model at most (a stalled load must not keep the page from going offline-ready). */
export const OFFLINE_COPY_WAITS_MS = 20_000;

/**
 * Settles when the page's model is ready on onnxruntime (the JS engine answers first, while
 * onnxruntime still loads) or has failed, or after `maxMs`. The service worker registers then:
 * its precache downloads the whole app again (the 14 MB runtime and the model among it), which
 * on a first visit competed with the model's own load (ready 5.2-6.8 s from navigation with
 * it, 4.7-5.2 s without, headless Chromium on 2 cores). Where onnxruntime cannot start, the
 * JS engine stays and `maxMs` decides.
 */
export function modelSettled(store: AppStore, maxMs: number): Promise<void> {
  const settled = (s: AppState) => (s.status === 'ready' && s.runtime?.backend !== 'js') || s.status === 'error';
  return new Promise((resolve) => {
    if (settled(store.getState())) return resolve();
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(finish, maxMs);
    const unsubscribe = store.subscribe((s) => {
      if (settled(s)) finish();
    });
  });
}
