/**
 * Entry of `embed.html`, the iframe embed: one `<polyvox-assistant>` filling the frame, in the
 * locale of `?locale=` (`?mode=voice`, `?compact` as on the element), and the `postMessage`
 * bridge to the embedding page, which answers only the origins on `embed-origins.json`'s
 * allow-list (the deployer's file; the frame-ancestors header lists the same origins).
 */
import '../fonts/index.ts';
import './framePage.css';
import { pickLocale, isLocale } from '../i18n/languages.ts';
import { DEFAULT_MODEL_ID, modelUrl } from '../nlu/index.ts';
import { defineAssistantElement, ELEMENT_NAME } from './element.ts';
import type { BridgedAssistant } from './frameBridge.ts';
import { connectFrameBridge } from './frameBridge.ts';
import { parseOriginList } from './origins.ts';

const params = new URLSearchParams(window.location.search);
const root = document.getElementById('embed-root');
if (!root) throw new Error('embed.html is missing #embed-root');

defineAssistantElement({
  modelUrl: new URL(modelUrl(DEFAULT_MODEL_ID), window.location.href).href,
  espeakUrl: new URL(`${import.meta.env.BASE_URL}espeak/`, window.location.href).href,
});

const requested = params.get('locale');
const locale = requested && isLocale(requested) ? requested : pickLocale(navigator.languages);
document.documentElement.lang = locale;
const element = document.createElement(ELEMENT_NAME) as HTMLElement & BridgedAssistant;
element.setAttribute('locale', locale);
if (params.get('mode') === 'voice') element.setAttribute('mode', 'voice');
if (params.has('compact')) element.setAttribute('compact', '');
root.append(element);

/** Shows the deployer why the frame does not talk to its page (in the frame, as plain text). */
function notice(text: string): void {
  const p = document.createElement('p');
  p.className = 'frame-notice';
  p.textContent = text;
  root?.append(p);
  console.warn(`Polyvox embed: ${text}`);
}

async function connect(): Promise<void> {
  if (window.parent === window) return; // opened on its own: nothing to talk to
  let list: unknown;
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}embed-origins.json`, { cache: 'no-cache' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    list = await res.json();
  } catch (err) {
    notice(`the allow-list embed-origins.json could not be read (${err instanceof Error ? err.message : String(err)}); messages from the page are ignored.`);
    return;
  }
  const { origins, rejected } = parseOriginList(list);
  for (const r of rejected) notice(`embed-origins.json: ${r.entry} is ignored: ${r.reason}.`);
  if (origins.length === 0) return;
  const ancestors = window.location.ancestorOrigins;
  connectFrameBridge({
    self: window,
    parent: window.parent,
    allowed: origins,
    parentOrigin: ancestors && ancestors.length > 0 ? (ancestors[0] ?? null) : null,
    assistant: element,
  });
}

void connect();
