/**
 * The utterance with its slot spans highlighted and labelled. Text is rendered as React text
 * nodes only (never as HTML). Each span's `<mark data-testid="slot">` holds exactly the span's
 * text; its label sits in a sibling element.
 */
import { langTag } from '../i18n/languages.ts';
import { tr } from '../i18n/strings.ts';
import type { SlotSpan } from '../nlu/types.ts';
import { humanizeLabel, segmentText } from './segments.ts';

/** Props: the original text, its locale and the spans found in it. */
export interface SlotHighlightProps {
  text: string;
  locale: string;
  slots: readonly SlotSpan[];
  /** Locale of the surrounding UI text (defaults to the utterance's). */
  uiLocale?: string;
}

/** The highlighted utterance. */
export function SlotHighlight({ text, locale, slots, uiLocale = locale }: SlotHighlightProps) {
  const segments = segmentText(text, slots);
  return (
    <section className="slots">
      <h3>{tr('slotsTitle', uiLocale)}</h3>
      <p className="utterance" dir="auto" lang={langTag(locale)}>
        {segments.map((seg, i) =>
          seg.kind === 'text' ? (
            <span key={i}>{seg.text}</span>
          ) : (
            <span key={i} className="slot" data-label={seg.label}>
              <mark data-testid="slot" data-slot-label={seg.label}>{seg.text}</mark>
              <small className="slot-label" dir="ltr">{humanizeLabel(seg.label)}</small>
            </span>
          ),
        )}
      </p>
      {slots.length === 0 && <p className="muted">{tr('noSlots', uiLocale)}</p>}
    </section>
  );
}
