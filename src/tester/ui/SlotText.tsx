/**
 * An utterance with its slot spans marked and labelled, compact enough for a list of turns.
 * Text is rendered as React text nodes only, never as HTML.
 */
import { segmentText } from '../../components/segments.ts';
import { langTag } from '../../i18n/languages.ts';
import { splitWords } from '../../nlu/words.ts';
import { readable } from '../labels.ts';
import { toSlotSpans } from '../slots.ts';

/** Props: the utterance, its locale and one slot label per word. */
export function SlotText({ utt, locale, wordLabels, testId }: { utt: string; locale: string; wordLabels: readonly string[]; testId?: string }) {
  const segments = segmentText(utt, toSlotSpans(utt, splitWords(utt, locale), wordLabels));
  return (
    <p className="tester-utt" dir="auto" lang={langTag(locale)} data-testid={testId} data-utt={utt}>
      {segments.map((seg, i) =>
        seg.kind === 'text' ? (
          <span key={i}>{seg.text}</span>
        ) : (
          <span key={i} className="slot" data-label={seg.label}>
            <mark data-testid="tester-slot" data-slot-label={seg.label}>{seg.text}</mark>
            <small className="slot-label" dir="ltr">{readable(seg.label)}</small>
          </span>
        ),
      )}
    </p>
  );
}
