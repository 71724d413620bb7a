/** English UI strings of the conversation view (namespace `conversation`; see src/i18n/uiText.ts). */
import { makeTranslator } from '../../i18n/uiText.ts';

export const EN = {
  title: 'Conversation',
  empty: 'Say or type a request: set an alarm, turn on the light, add milk to the shopping list…',
  you: 'You',
  assistant: 'Assistant',
  voice: 'spoken',
  understood: 'Understood: {intent}',
  inspect: 'Inspect',
  thinking: 'Thinking…',
  failed: 'The assistant could not answer: {message}',
  fallback: 'No reply in this language yet — shown in English',
  awaiting: 'Waiting for your answer',
  assistantOn: 'Act on requests',
  speakReplies: 'Speak replies',
  clear: 'Clear history',
  speakFailed: 'The reply was not spoken: {message}',
  handsFree: 'Hands-free',
  voiceSettings: 'Voice settings',
  homeTitle: 'Home',
  inspectorTitle: 'NLU inspector',
} as const;

/** `tr(key, locale, params)` for this namespace. */
export const tr = makeTranslator('conversation', EN);
