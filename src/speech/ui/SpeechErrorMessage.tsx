/** The clear, typed message for a recognition failure; nothing when there is no error. */
import type { RecognizerError } from '../recognition/types.ts';
import { languageName, tr } from './tr.ts';

export interface SpeechErrorMessageProps {
  error: RecognizerError | null;
  /** The locale being recognized; also the UI locale. */
  locale: string;
}

export function SpeechErrorMessage({ error, locale }: SpeechErrorMessageProps) {
  if (!error) return null;
  return (
    <p role="alert" className="speech-error" data-testid="speech-error" data-reason={error.reason}>
      {tr(`err_${error.reason}`, locale, { language: languageName(locale) })}
    </p>
  );
}
