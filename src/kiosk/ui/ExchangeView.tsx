/**
 * The latest exchange in large type: what was heard, what was understood (the intent's and
 * the slots' friendly names, with the words they cover) and the reply. Everything the user
 * said is placed as text, never as HTML. While a turn is being answered the transcript shows
 * at once and the rest waits.
 */
import { langTag } from '../../i18n/languages.ts';
import { uiTextLang } from '../../i18n/uiText.ts';
import type { Exchange } from '../exchange.ts';
import { intentName, slotName, tr } from './strings.ts';

export interface ExchangeViewProps {
  exchange: Exchange | null;
  /** The transcript of a turn still being answered (shown in place of the last exchange). */
  pendingText: string | null;
  locale: string;
}

export function ExchangeView({ exchange, pendingText, locale }: ExchangeViewProps) {
  const ui = uiTextLang(locale, 'kiosk');
  const shown = pendingText === null ? exchange : null;
  const heard = pendingText ?? exchange?.heard ?? null;
  const textLang = langTag(shown?.locale ?? locale);
  return (
    <section className="kiosk-exchange" data-testid="kiosk-exchange" data-pending={pendingText !== null ? 'true' : 'false'}>
      {heard !== null && (
        <div className="kiosk-block">
          <h2 lang={ui}>{tr('heard', locale)}</h2>
          <p className="kiosk-heard" data-testid="kiosk-heard" lang={textLang} dir="auto">
            “{heard}”
          </p>
        </div>
      )}
      {shown?.intent && (
        <div className="kiosk-block">
          <h2 lang={ui}>{tr('understood', locale)}</h2>
          <p className="kiosk-intent" data-testid="kiosk-intent" data-intent={shown.intent} lang={uiTextLang(locale, 'intentNames')}>
            {intentName(shown.intent, locale)}
          </p>
          {shown.slots.length === 0 ? (
            <p className="kiosk-muted" lang={ui}>{tr('noDetails', locale)}</p>
          ) : (
            <ul className="kiosk-slots">
              {shown.slots.map((slot) => (
                <li key={`${slot.start}:${slot.label}`} data-testid="kiosk-slot" data-label={slot.label}>
                  <span className="kiosk-slot-name" lang={uiTextLang(locale, 'slotNames')}>{slotName(slot.label, locale)}</span>{' '}
                  <span className="kiosk-slot-text" lang={textLang} dir="auto">{slot.text}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {shown?.reply && (
        <div className="kiosk-block">
          <h2 lang={ui}>{tr('reply', locale)}</h2>
          <p className="kiosk-reply" data-testid="kiosk-reply" data-effect={shown.effect ?? ''} lang={shown.replyLang ?? textLang} dir="auto">
            {shown.reply}
          </p>
        </div>
      )}
    </section>
  );
}
