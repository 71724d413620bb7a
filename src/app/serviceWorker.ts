/// <reference types="vite-plugin-pwa/client" />
/**
 * The page's service worker (built by vite-plugin-pwa; see build/pwaManifest.ts): registered
 * once the page has loaded (or later, when the caller says), and watched for a new version
 * that waits to take over. In
 * `npm run dev` and in unit tests `virtual:pwa-register` is the plugin's no-op, so no service
 * worker exists there.
 */
import { registerSW, type RegisterSWOptions } from 'virtual:pwa-register';

/** Registers a service worker; returns what makes the waiting one take over (and reloads). */
export type RegisterServiceWorker = (options: RegisterSWOptions) => () => Promise<void>;

/** Whether a new version waits, and the way to switch to it. */
export interface UpdateWatch {
  /** True once a new service worker is installed and waiting. */
  waiting(): boolean;
  /** Called when `waiting()` changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Activates the waiting version; the page reloads when it controls the page. */
  update(): Promise<void>;
}

/**
 * Registers through `register` and tracks the waiting version. With `after`, registration
 * waits until it settles (fulfilled or rejected).
 */
export function watchServiceWorker(register: RegisterServiceWorker = registerSW, after?: Promise<unknown>): UpdateWatch {
  let waiting = false;
  let activate: (() => Promise<void>) | null = null;
  const listeners = new Set<() => void>();
  // workbox-window registers on the page's load event, or at once when it has passed.
  const start = () => {
    activate = register({
      onNeedRefresh() {
        waiting = true;
        for (const listener of listeners) listener();
      },
    });
  };
  if (after) void after.then(start, start);
  else start();
  return {
    waiting: () => waiting,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: () => activate?.() ?? Promise.resolve(),
  };
}
