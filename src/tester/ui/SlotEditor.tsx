/**
 * Fixing the slots of a turn: the utterance's words as buttons (click one, shift-click another
 * to select a span), a slot type from the model's 55 and "Set slot"; each current slot as a
 * chip with a remove button. Words are the ones the model and MASSIVE score (`splitWords`).
 */
import { X } from 'lucide-react';
import { useId, useState, type MouseEvent } from 'react';
import { langTag } from '../../i18n/languages.ts';
import { OTHER } from '../../nlu/decode.ts';
import { splitWords } from '../../nlu/words.ts';
import { readable, slotTypes } from '../labels.ts';
import { spansOf } from '../slots.ts';
import type { Annotation, TesterLabels } from '../types.ts';
import { tr } from './tr.ts';

/** Props: the turn, the labels, the UI locale and the two edits. */
export interface SlotEditorProps {
  annotation: Annotation;
  labels: TesterLabels;
  uiLocale: string;
  onSet: (start: number, end: number, label: string) => void;
  onRemove: (index: number) => void;
}

/** Word buttons, slot type, chips. */
export function SlotEditor({ annotation, labels, uiLocale, onSet, onRemove }: SlotEditorProps) {
  const { utt, locale, wordLabels } = annotation;
  const words = splitWords(utt, locale);
  const types = slotTypes(labels);
  const [range, setRange] = useState<{ anchor: number; end: number } | null>(null);
  const [type, setType] = useState(types[0] ?? '');
  const typeId = useId();
  const spans = spansOf(wordLabels);
  const lo = range ? Math.min(range.anchor, range.end) : -1;
  const hi = range ? Math.max(range.anchor, range.end) : -1;

  const pick = (index: number, e: MouseEvent) =>
    setRange((r) => (e.shiftKey && r ? { anchor: r.anchor, end: index } : { anchor: index, end: index }));

  return (
    <div className="tester-slot-editor">
      <h3>{tr('slotsTitle', uiLocale)}</h3>
      <p className="muted">{tr('slotWordsHint', uiLocale)}</p>
      <div className="tester-words" dir="auto" lang={langTag(locale)}>
        {words.map((w, i) => (
          <button
            key={i}
            type="button"
            className="tester-word"
            data-testid="tester-word"
            data-index={i}
            data-label={wordLabels[i]}
            aria-pressed={i >= lo && i <= hi}
            onClick={(e) => pick(i, e)}
          >
            {w.text}
            {wordLabels[i] !== OTHER && <small dir="ltr">{readable(wordLabels[i]!)}</small>}
          </button>
        ))}
      </div>
      <div className="tester-slot-row">
        <label htmlFor={typeId}>{tr('slotType', uiLocale)}</label>
        <select id={typeId} data-testid="tester-slot-type" value={type} onChange={(e) => setType(e.target.value)}>
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="tester-slot-apply"
          disabled={!range || !type}
          onClick={() => {
            onSet(lo, hi + 1, type);
            setRange(null);
          }}
        >
          {tr('slotApply', uiLocale)}
        </button>
      </div>
      {spans.length === 0 && <p className="muted">{tr('noSlots', uiLocale)}</p>}
      <ul className="tester-chips">
        {spans.map((s) => (
          <li key={`${s.start}-${s.label}`} data-testid="tester-slot-chip" data-label={s.label}>
            <span dir="auto" lang={langTag(locale)}>{utt.slice(words[s.start]!.start, words[s.end - 1]!.end)}</span>{' '}
            <code>{s.label}</code>{' '}
            <button type="button" data-testid="tester-slot-remove" aria-label={tr('slotRemove', uiLocale, { label: s.label })} onClick={() => onRemove(s.start)}>
              <X className="icon" aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
