/**
 * The iframe embed's `postMessage` protocol. The host sends `polyvox:hello` (answered with
 * `polyvox:ready` once the model is loaded), `polyvox:hear` (a request, as if typed) and
 * `polyvox:set-locale`; the embed answers with `polyvox:ready`, `polyvox:understood`,
 * `polyvox:replied` and `polyvox:error`, each carrying the request's `id` when it had one.
 * Anything else, or anything malformed, is ignored: a message is data from another site.
 */
import { MAX_TEXT } from '../dialog/limits.ts';
import type { ErrorDetail, ReadyDetail, RepliedDetail, UnderstoodDetail } from './events.ts';

/** A host page's message, once checked. */
export type HostMessage =
  | { type: 'polyvox:hello' }
  | { type: 'polyvox:hear'; id: string | null; text: string }
  | { type: 'polyvox:set-locale'; locale: string };

/** The embed's messages to its host. */
export type EmbedMessage =
  | ({ type: 'polyvox:ready' } & ReadyDetail)
  | ({ type: 'polyvox:understood'; id: string | null } & UnderstoodDetail)
  | ({ type: 'polyvox:replied'; id: string | null } & RepliedDetail)
  | ({ type: 'polyvox:error'; id: string | null } & ErrorDetail);

const MAX_ID = 100;
const LOCALE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The message as a `HostMessage`, or null when it is not one (wrong shape, type, or sizes). */
export function readHostMessage(data: unknown): HostMessage | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const msg = data as Record<string, unknown>;
  switch (msg.type) {
    case 'polyvox:hello':
      return { type: 'polyvox:hello' };
    case 'polyvox:hear': {
      if (typeof msg.text !== 'string' || msg.text.length > MAX_TEXT) return null;
      const id = typeof msg.id === 'string' && msg.id.length <= MAX_ID ? msg.id : typeof msg.id === 'number' && Number.isFinite(msg.id) ? String(msg.id) : null;
      return { type: 'polyvox:hear', id, text: msg.text };
    }
    case 'polyvox:set-locale':
      return typeof msg.locale === 'string' && LOCALE_TAG.test(msg.locale) ? { type: 'polyvox:set-locale', locale: msg.locale } : null;
    default:
      return null;
  }
}
