/**
 * The correction panel of the active turn: the right intent and slots when the turn is judged
 * wrong, and a note for any turn. Every edit is saved at once by the store.
 */
import { useId } from 'react';
import { MAX_NOTE_CHARS } from '../validate.ts';
import type { Annotation } from '../types.ts';
import { useFocus } from './focus.tsx';
import { IntentPicker } from './IntentPicker.tsx';
import { SlotEditor } from './SlotEditor.tsx';
import { useTester, useTesterStore } from './TesterContext.tsx';
import { tr } from './tr.ts';

/** Props: the turn and the UI locale. */
export function CorrectionEditor({ annotation, uiLocale }: { annotation: Annotation; uiLocale: string }) {
  const labels = useTester((s) => s.labels);
  const labelsError = useTester((s) => s.labelsError);
  const store = useTesterStore();
  const focus = useFocus();
  const noteId = useId();
  const { id } = annotation;
  return (
    <div className="tester-editor" data-testid="tester-editor">
      {annotation.judgement === 'wrong' &&
        (labels ? (
          <>
            <IntentPicker id={id} intent={annotation.intent} labels={labels} uiLocale={uiLocale} onPick={(intent) => store.getState().setIntent(id, intent)} />
            <SlotEditor
              key={id}
              annotation={annotation}
              labels={labels}
              uiLocale={uiLocale}
              onSet={(start, end, label) => store.getState().setSlot(id, start, end, label)}
              onRemove={(index) => store.getState().removeSlot(id, index)}
            />
          </>
        ) : (
          <p className="muted" role="status">
            {labelsError ? tr('labelsFailed', uiLocale, { message: labelsError }) : tr('labelsLoading', uiLocale)}
          </p>
        ))}
      <div className="field">
        <label htmlFor={noteId}>{tr('note', uiLocale)}</label>
        <textarea
          id={noteId}
          data-testid="tester-note"
          rows={2}
          maxLength={MAX_NOTE_CHARS}
          value={annotation.note}
          placeholder={tr('notePlaceholder', uiLocale)}
          onChange={(e) => store.getState().setNote(id, e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') focus({ kind: 'turn', id });
          }}
        />
      </div>
    </div>
  );
}
