/**
 * The iframe embed's side of `postMessage`: it accepts a message only when it comes from the
 * frame's own parent window AND from an origin on the allow-list (exactly), and it posts only
 * to that origin, by name — never to `'*'`, so a page that navigated the frame elsewhere or a
 * third site holding a reference to it learns nothing. Requests are heard one at a time, so
 * every event of a turn carries that request's `id`.
 */
import { isLocale } from '../i18n/languages.ts';
import { EMBED_EVENTS, type ErrorDetail, type ReadyDetail, type RepliedDetail, type UnderstoodDetail } from './events.ts';
import { isAllowedOrigin } from './origins.ts';
import { readHostMessage, type EmbedMessage } from './protocol.ts';

/** What the bridge drives: the `<polyvox-assistant>` element of the page. */
export interface BridgedAssistant extends EventTarget {
  locale: string;
  readonly ready: Promise<ReadyDetail>;
  hear(text: string): Promise<RepliedDetail | null>;
}

/** A window as far as the bridge uses it. */
export interface MessageSource {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface FrameBridgeOptions {
  /** The frame's own window (where messages arrive). */
  self: MessageSource;
  /** `window.parent`: the only window whose messages count. */
  parent: { postMessage(message: unknown, targetOrigin: string): void };
  allowed: readonly string[];
  /** The embedding page's origin when the browser says it (`location.ancestorOrigins[0]`). */
  parentOrigin: string | null;
  assistant: BridgedAssistant;
}

/** Connects the bridge; returns the function that disconnects it. */
export function connectFrameBridge(options: FrameBridgeOptions): () => void {
  const { self, parent, allowed, assistant } = options;
  const known = options.parentOrigin;
  // The origin replies go to: the parent's, once it is known to be allowed.
  let host: string | null = known && isAllowedOrigin(known, allowed) ? known : null;
  let currentId: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const post = (message: EmbedMessage) => {
    if (host) parent.postMessage(message, host);
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (!isAllowedOrigin(event.origin, allowed)) return;
    // Where the browser names the parent's origin, a message must come from exactly it.
    if (known && event.origin !== known) return;
    const msg = readHostMessage(event.data);
    if (!msg) return;
    host = event.origin;
    switch (msg.type) {
      case 'polyvox:hello':
        assistant.ready.then((detail) => post({ type: 'polyvox:ready', ...detail }), () => {});
        break;
      case 'polyvox:hear':
        queue = queue.then(async () => {
          currentId = msg.id;
          try {
            await assistant.hear(msg.text);
          } finally {
            currentId = null;
          }
        });
        break;
      case 'polyvox:set-locale':
        if (isLocale(msg.locale)) assistant.locale = msg.locale;
        else post({ type: 'polyvox:error', id: null, stage: 'understand', message: `unknown locale ${msg.locale}`, code: 'locale' });
        break;
    }
  };

  const forward = (event: Event) => {
    const detail = (event as CustomEvent).detail as unknown;
    switch (event.type) {
      case EMBED_EVENTS.understood:
        post({ type: 'polyvox:understood', id: currentId, ...(detail as UnderstoodDetail) });
        break;
      case EMBED_EVENTS.replied:
        post({ type: 'polyvox:replied', id: currentId, ...(detail as RepliedDetail) });
        break;
      case EMBED_EVENTS.error:
        post({ type: 'polyvox:error', id: currentId, ...(detail as ErrorDetail) });
        break;
    }
  };

  self.addEventListener('message', onMessage);
  // Ready is told once the model is loaded (at once if it already is), and again on `hello`.
  assistant.ready.then((detail) => post({ type: 'polyvox:ready', ...detail }), () => {});
  const names = [EMBED_EVENTS.understood, EMBED_EVENTS.replied, EMBED_EVENTS.error];
  for (const name of names) assistant.addEventListener(name, forward);
  return () => {
    self.removeEventListener('message', onMessage);
    for (const name of names) assistant.removeEventListener(name, forward);
  };
}
