/**
 * Browser entry point. It starts the page's NLU client and nothing else, then loads the app
 * (src/app/mount.tsx) and mounts it around that client. The model thus starts loading as soon
 * as this small module runs, while the app's own code (about 0.8 MB of script and its CSS) is
 * fetched and evaluated on the other core: on a first visit here the NLU worker used to start
 * about 0.8 s after navigation, after all of that code had been evaluated.
 */
import { createBrowserNluClient } from './nlu/index.ts';

const nlu = createBrowserNluClient();
// A failed load is reported to the store when it subscribes: its own start loads again.
nlu.load().catch(() => undefined);

void import('./app/mount.tsx').then(({ mount }) => mount(nlu));
