/**
 * The utterance box of the tester view: Enter parses the text in the selected locale through
 * the page's NLU and adds the turn; focus then moves to the new turn, where the shortcuts act.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { MAX_INPUT_CHARS } from '../../state/types.ts';
import { useFocus, useFocusTarget } from './focus.tsx';
import { useTester, useTesterStore } from './TesterContext.tsx';
import { tr } from './tr.ts';

/** Props: the utterance locale and the UI locale. */
export function TesterInput({ locale, uiLocale }: { locale: string; uiLocale: string }) {
  const [text, setText] = useState('');
  const parsing = useTester((s) => s.parsing);
  const store = useTesterStore();
  const focus = useFocus();
  const ref = useRef<HTMLInputElement>(null);
  useFocusTarget({ kind: 'input' }, ref);
  const id = useId();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') return;
    const added = await store.getState().submit(text, locale);
    if (!added) return;
    setText('');
    focus({ kind: 'turn', id: added.id });
  };

  return (
    <form className="utterance-form tester-input" onSubmit={(e) => void onSubmit(e)}>
      <label htmlFor={id}>{tr('inputLabel', uiLocale)}</label>
      <div className="utterance-row">
        <input
          id={id}
          ref={ref}
          data-testid="tester-input"
          value={text}
          maxLength={MAX_INPUT_CHARS}
          autoComplete="off"
          dir="auto"
          placeholder={tr('inputPlaceholder', uiLocale)}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" data-testid="tester-submit" disabled={text.trim() === ''}>
          {parsing ? tr('parsing', uiLocale) : tr('submit', uiLocale)}
        </button>
      </div>
    </form>
  );
}
