/**
 * The page's first work: starts its NLU client, so that the model loads while the rest of the
 * app is still being evaluated. main.tsx imports this module first; ES modules run in import
 * order, so this runs before React and the app's own modules, whose evaluation takes about
 * 0.3 s of the main thread on a first visit here (the worker used to start after it, about
 * 0.8 s after navigation). Entry-point wiring only: the client is handed to the runtime
 * (src/app/mount.tsx), nothing else reads it from here.
 */
import { createBrowserNluClient } from './nlu/index.ts';

export const pageNlu = createBrowserNluClient();
// A failed load reaches the store when it subscribes: its own start loads again.
pageNlu.load().catch(() => undefined);
