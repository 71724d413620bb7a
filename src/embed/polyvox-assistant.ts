/**
 * Library entry of the custom element (built by vite.embed.config.ts into
 * `dist/embed/polyvox-assistant.js`): importing it defines `<polyvox-assistant>`. The model
 * and the voice files are found next to this script — `../models/…` and `../espeak/` — so a
 * docs site serves the app's `dist/` folder as it is, under any path. See docs/embed.md.
 */
import { DEFAULT_MODEL_ID } from '../nlu/index.ts';
import { defineAssistantElement } from './element.ts';

// NOTE: a variable, not `import.meta.url` written inside `new URL(…)`: Vite would take that
// form for an asset to bundle, and these are folders served beside the script.
const here = import.meta.url;

export const PolyvoxAssistantElement = defineAssistantElement({
  modelUrl: new URL(`../models/${DEFAULT_MODEL_ID}/`, here).href,
  espeakUrl: new URL('../espeak/', here).href,
});

export { ELEMENT_NAME, type PolyvoxAssistant } from './element.ts';
export { EMBED_EVENTS, type ErrorDetail, type ReadyDetail, type RepliedDetail, type UnderstoodDetail } from './events.ts';
