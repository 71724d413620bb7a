/**
 * Opening the page on an utterance: `?locale=xx-YY&text=…` picks the locale and types the
 * text into the box (not submitted: a request like "wake me at seven" must not set an alarm
 * by itself). The batch report's failures link here, one click from the inspector.
 */
import type { AppState } from '../state/types.ts';

/** The locale and text a URL query asks for (null where absent or empty). */
export function readPrefill(search: string): { locale: string | null; text: string | null } {
  const query = new URLSearchParams(search);
  return { locale: query.get('locale') || null, text: query.get('text') || null };
}

/** Puts the query's locale (if it is a known one) and text into the store. */
export function applyPrefill(store: { getState(): Pick<AppState, 'setLocale' | 'setDraft'> }, search: string): void {
  const { locale, text } = readPrefill(search);
  if (locale) store.getState().setLocale(locale);
  if (text) store.getState().setDraft(text);
}
