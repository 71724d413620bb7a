/**
 * Adapts the dialogue (src/dialog), the reply templates (src/i18n/replies) and a Speaker
 * (src/speech) to the store's AssistantPort. Alarms that ring on their own reach the
 * conversation through `onAnnounce`, bound once the store exists.
 */
import { createDialog, type Dialog, type DialogDeps, type Turn as DialogTurn } from '../dialog/index.ts';
import { renderReply } from '../i18n/replies/render.ts';
import type { NluResult } from '../nlu/types.ts';
import type { Speaker } from '../speech/index.ts';
import type { AssistantPort, AssistantReply } from '../state/assistantPort.ts';

/** Turns a dialogue turn into what the conversation shows, in the turn's locale. */
export function toAssistantReply(turn: DialogTurn): AssistantReply {
  const main = renderReply(turn.reply, turn.locale);
  // A change that could not be written says so in the same reply: the user must not trust it.
  const warning = turn.notSaved ? renderReply({ key: 'notSaved' }, turn.locale) : null;
  const text = warning ? `${main.text} ${warning.text}` : main.text;
  const fallback = main.fallback || Boolean(warning?.fallback);
  return { scenario: turn.scenario, intent: turn.intent, text, lang: main.lang, fallback, effect: turn.effect, awaiting: turn.awaiting };
}

/** The assistant behind the app, plus the dialog whose state the panels show. */
export interface Assistant {
  port: AssistantPort;
  dialog: Dialog;
  /** Receives turns the assistant starts itself (a ringing alarm). */
  onAnnounce(listener: (reply: AssistantReply, locale: string) => void): void;
  /** The last speech-output failure (e.g. no voice for the locale), for the UI to show. */
  onSpeakError(listener: (message: string | null) => void): void;
}

/** Builds the assistant; `deps` lets tests inject a clock, storage and sound. */
export function createAssistant(speaker: Speaker, deps: DialogDeps = {}): Assistant {
  let announce: (reply: AssistantReply, locale: string) => void = () => undefined;
  let speakError: (message: string | null) => void = () => undefined;
  const dialog = createDialog({ ...deps, onRing: (turn) => announce(toAssistantReply(turn), turn.locale) });
  const port: AssistantPort = {
    async respond(result: NluResult) {
      // Lists, events and alarms saved in an earlier visit must be there before a skill reads them.
      await dialog.ready;
      const { text, locale, intent, scenario, confidence, slots } = result;
      return toAssistantReply(await dialog.handle({ text, locale, intent, scenario, confidence, slots }));
    },
    async speak(text, locale) {
      try {
        await speaker.speak(text, locale);
        speakError(null);
      } catch (err) {
        // A missing voice must not break the conversation: the reply is on screen; say why it is silent.
        speakError(err instanceof Error ? err.message : String(err));
      }
    },
    stopSpeaking: () => speaker.stop(),
  };
  return {
    port,
    dialog,
    onAnnounce: (listener) => {
      announce = listener;
    },
    onSpeakError: (listener) => {
      speakError = listener;
    },
  };
}
