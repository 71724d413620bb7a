/**
 * The right intent for a turn: a filter box and a `<select data-testid="tester-intent">` whose
 * options are the model's intent labels grouped by scenario (`<optgroup>`). Enter in the filter
 * takes the first match; Escape goes back to the turn.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { friendlyIntent, intentGroups } from '../labels.ts';
import type { TesterLabels } from '../types.ts';
import { useFocus, useFocusTarget } from './focus.tsx';
import { tr } from './tr.ts';

/** Props: the turn, its current gold intent, the labels and the UI locale. */
export interface IntentPickerProps {
  id: string;
  intent: string;
  labels: TesterLabels;
  uiLocale: string;
  onPick: (intent: string) => void;
}

/** Filter + grouped select. */
export function IntentPicker({ id, intent, labels, uiLocale, onPick }: IntentPickerProps) {
  const [filter, setFilter] = useState('');
  const filterRef = useRef<HTMLInputElement>(null);
  const focus = useFocus();
  useFocusTarget({ kind: 'filter', id }, filterRef);
  const filterId = useId();
  const selectId = useId();
  const groups = intentGroups(labels, filter, intent);
  const matches = intentGroups(labels, filter).flatMap((g) => g.intents);

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = matches[0];
      if (first) {
        onPick(first);
        setFilter('');
        focus({ kind: 'turn', id });
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      focus({ kind: 'turn', id });
    }
  };

  return (
    <div className="tester-intent-picker">
      <div className="field">
        <label htmlFor={filterId}>{tr('intentFilter', uiLocale)}</label>
        <input
          id={filterId}
          ref={filterRef}
          type="search"
          data-testid="tester-intent-filter"
          value={filter}
          autoComplete="off"
          placeholder={tr('intentFilterHint', uiLocale)}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={onKey}
        />
        {matches.length === 0 && <small className="muted">{tr('noIntentMatch', uiLocale)}</small>}
      </div>
      <div className="field">
        <label htmlFor={selectId}>{tr('intentSelect', uiLocale)}</label>
        <select
          id={selectId}
          data-testid="tester-intent"
          value={intent}
          size={Math.min(8, Math.max(2, matches.length + groups.length))}
          onChange={(e) => onPick(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') focus({ kind: 'turn', id });
          }}
        >
          {groups.map((g) => (
            <optgroup key={g.scenario} label={g.scenario}>
              {g.intents.map((i) => (
                <option key={i} value={i}>
                  {friendlyIntent(i, g.scenario)} ({i})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
    </div>
  );
}
