/**
 * The idle screen's invitation: "Say something in <language>" with an example in that
 * language, cycling through every locale; a tap switches the kiosk to the language shown.
 */
import { langTag } from '../../i18n/languages.ts';
import { uiTextLang } from '../../i18n/uiText.ts';
import { carouselItem } from '../carousel.ts';
import { useCarouselIndex } from '../useCarousel.ts';
import { tr } from './strings.ts';

/** How long each language stays on screen. */
export const CAROUSEL_MS = 4_000;

export interface CarouselProps {
  order: readonly string[];
  locale: string;
  onPick(locale: string): void;
}

export function Carousel({ order, locale, onPick }: CarouselProps) {
  const index = useCarouselIndex(true, CAROUSEL_MS);
  const item = carouselItem(order, index);
  if (!item) return null;
  const ui = uiTextLang(locale, 'kiosk');
  return (
    <button type="button" className="kiosk-carousel" data-testid="kiosk-carousel" data-locale={item.locale} onClick={() => onPick(item.locale)} title={tr('tapToSwitch', locale)}>
      <span className="kiosk-invite" lang={ui}>
        {tr('sayIn', locale, { language: item.nativeName })}
      </span>
      {item.example && (
        <span className="kiosk-example" data-testid="kiosk-carousel-example" lang={langTag(item.locale)} dir={item.rtl ? 'rtl' : 'ltr'}>
          “{item.example}”
        </span>
      )}
    </button>
  );
}
