/** The partial transcript while the user speaks, announced politely to screen readers. */
import { langTag } from '../../i18n/languages.ts';
import { tr } from './tr.ts';

export interface InterimTranscriptProps {
  text: string;
  /** Locale being spoken (sets `lang`) — also the UI locale of the label. */
  locale: string;
}

export function InterimTranscript({ text, locale }: InterimTranscriptProps) {
  return (
    <p className="interim-transcript" aria-live="polite" aria-label={tr('interimLabel', locale)}>
      <span data-testid="interim-transcript" lang={langTag(locale)}>
        {text}
      </span>
    </p>
  );
}
