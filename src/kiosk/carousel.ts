/**
 * The idle screen's language carousel: every locale with examples, starting at the kiosk's
 * own and going round the table from there, each with its native name and one example; each
 * round shows the locale's next example, so a long idle spell does not repeat itself.
 */
import { examplesFor, exampleLocales } from '../i18n/examples.ts';
import { findLanguage } from '../i18n/languages.ts';

/** One card of the carousel. */
export interface CarouselItem {
  locale: string;
  /** The language's own name (`Deutsch`, `日本語`). */
  nativeName: string;
  /** An example request in that language. */
  example: string;
  rtl: boolean;
}

/** The locales in carousel order: `start` first (when it is one of them), then the rest as the table lists them, wrapping round. */
export function carouselOrder(locales: readonly string[], start: string): string[] {
  const at = locales.indexOf(start);
  return at < 0 ? [...locales] : [...locales.slice(at), ...locales.slice(0, at)];
}

/** The `index`-th card (any non-negative integer: it wraps, and each round takes the next example). */
export function carouselItem(order: readonly string[], index: number): CarouselItem | null {
  if (order.length === 0) return null;
  const i = ((index % order.length) + order.length) % order.length;
  const round = Math.floor(Math.max(0, index) / order.length);
  const locale = order[i]!;
  const examples = examplesFor(locale);
  const language = findLanguage(locale);
  return {
    locale,
    nativeName: language?.nativeName ?? locale,
    example: examples.length === 0 ? '' : examples[round % examples.length]!,
    rtl: language?.rtl ?? false,
  };
}

/** The carousel's locales for a kiosk opened in `locale`. */
export function kioskCarousel(locale: string): string[] {
  return carouselOrder(exampleLocales(), locale);
}
