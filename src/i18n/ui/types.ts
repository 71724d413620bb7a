/**
 * The shape of one language's UI translations: for each namespace, any subset of the English
 * source's keys (a missing key falls back to English for that key only). Typed against the
 * English objects, so a misspelt key in a language file is a compile error.
 */
import type { EN as ConversationEn } from '../../conversation/ui/en.ts';
import type { EN as DialogEn } from '../../dialog/ui/en.ts';
import type { EN as SpeechEn } from '../../speech/ui/strings.ts';
import type { EN as InspectorEn } from '../en.ts';

/** A namespace's strings in one language. */
export type UiDict = Readonly<Record<string, string>>;

type Translation<E> = { readonly [K in keyof E]?: string };

/** One language's strings, namespace by namespace. */
export interface LanguageUi {
  inspector?: Translation<typeof InspectorEn>;
  speech?: Translation<typeof SpeechEn>;
  conversation?: Translation<typeof ConversationEn>;
  dialog?: Translation<typeof DialogEn>;
}
