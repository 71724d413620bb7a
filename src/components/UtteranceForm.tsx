/**
 * The text box and submit button. The text lives in the store, so errors, crashes and
 * reloads never lose it. Enter submits; Shift+Enter is left to the text box.
 */
import { useId, type FormEvent, type KeyboardEvent } from 'react';
import { langTag } from '../i18n/languages.ts';
import { tr } from '../i18n/strings.ts';
import { MAX_INPUT_CHARS } from '../state/sessionSlice.ts';
import { useApp } from '../state/StoreContext.tsx';

/** Utterance input bound to the store's draft. */
export function UtteranceForm() {
  const id = useId();
  const draft = useApp((s) => s.draft);
  const locale = useApp((s) => s.locale);
  const pending = useApp((s) => s.pending);
  const setDraft = useApp((s) => s.setDraft);
  const submit = useApp((s) => s.submit);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <form className="utterance-form" onSubmit={onSubmit}>
      <label htmlFor={id}>{tr('inputLabel', locale)}</label>
      <div className="utterance-row">
        <textarea
          id={id}
          data-testid="utterance-input"
          rows={2}
          dir="auto"
          lang={langTag(locale)}
          value={draft}
          placeholder={tr('inputPlaceholder', locale)}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-count`}
        />
        <button type="submit" data-testid="submit" disabled={pending}>
          {pending ? tr('working', locale) : tr('submit', locale)}
        </button>
      </div>
      <small id={`${id}-count`} dir="ltr" className={draft.length > MAX_INPUT_CHARS ? 'count over' : 'count'}>
        {draft.length} / {MAX_INPUT_CHARS}
      </small>
    </form>
  );
}
