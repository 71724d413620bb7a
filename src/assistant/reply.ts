/**
 * A dialogue turn as the user gets it: the reply rendered in the turn's locale (visibly in
 * English where the locale lacks the template), plus the warning when the change could not
 * be saved on the device.
 */
import type { Turn } from '../dialog/index.ts';
import { renderReply } from '../i18n/replies/render.ts';
import type { AssistantReply } from './types.ts';

/** Turns a dialogue turn into what the conversation shows, in the turn's locale. */
export function toAssistantReply(turn: Turn): AssistantReply {
  const main = renderReply(turn.reply, turn.locale);
  // A change that could not be written says so in the same reply: the user must not trust it.
  const warning = turn.notSaved ? renderReply({ key: 'notSaved' }, turn.locale) : null;
  const text = warning ? `${main.text} ${warning.text}` : main.text;
  const fallback = main.fallback || Boolean(warning?.fallback);
  return { scenario: turn.scenario, intent: turn.intent, text, lang: main.lang, fallback, effect: turn.effect, awaiting: turn.awaiting };
}
