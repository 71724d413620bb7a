/**
 * The big Stop: shown only while an alarm or timer rings; one press removes every ringing one
 * (as saying "stop" does) and the assistant's reply joins the conversation.
 */
import { useStore } from 'zustand';
import { toAssistantReply, type AssistantEngine } from '../../assistant/index.ts';
import { uiTextLang } from '../../i18n/uiText.ts';
import { useApp } from '../../state/StoreContext.tsx';
import { tr } from './strings.ts';

export function StopButton({ engine, locale }: { engine: AssistantEngine; locale: string }) {
  const { dialog } = engine;
  const ringing = useStore(dialog.state, (s) => s.alarms.some((a) => a.ringing));
  const announce = useApp((s) => s.announce);
  if (!ringing) return null;
  const stop = () => {
    for (const alarm of dialog.state.getState().alarms.filter((a) => a.ringing)) {
      const turn = dialog.removeAlarm(alarm.id);
      if (turn) announce(toAssistantReply(turn), turn.locale);
    }
  };
  const lang = uiTextLang(locale, 'kiosk');
  return (
    <div className="kiosk-ringing" role="alert" lang={lang}>
      <button type="button" className="kiosk-stop" data-testid="kiosk-stop" onClick={stop}>
        {tr('stop', locale)}
      </button>
      <p>{tr('ringing', locale)}</p>
    </div>
  );
}
