/** The embed's translators: its own few strings and the ones it shares with the app's views. */
import { makeTranslator } from '../i18n/uiText.ts';
import { EN } from './en.ts';

export const trEmbed = makeTranslator('embed', EN);
export { tr as trInspector } from '../i18n/strings.ts';
export { tr as trConversation } from '../conversation/ui/strings.ts';
export { tr as trSpeech } from '../speech/ui/tr.ts';
