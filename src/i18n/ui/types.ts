/**
 * The shape of the UI catalogs: the English sources (one object per namespace) and, per UI
 * language, any subset of their keys (a missing key falls back to English for that key only).
 * A leaf module: it imports only the English objects' types, so every part of the UI text
 * can import it without a cycle.
 */
import type { EN as BatchEn } from '../../batch/ui/en.ts';
import type { EN as ConversationEn } from '../../conversation/ui/en.ts';
import type { EN as DialogEn } from '../../dialog/ui/en.ts';
import type { EN as EmbedEn } from '../../embed/en.ts';
import type { EN as KioskEn } from '../../kiosk/ui/en.ts';
import type { INTENT_NAMES, SLOT_NAMES } from '../../kiosk/ui/names.ts';
import type { EN as SpeechEn } from '../../speech/ui/strings.ts';
import type { EN as LearningEn } from '../../tester/learning/en.ts';
import type { EN as TesterEn } from '../../tester/ui/en.ts';
import type { EN as InspectorEn } from '../en.ts';

/** A namespace's strings in one language. */
export type UiDict = Readonly<Record<string, string>>;

/** The English source of every namespace: the keys every catalog is typed and checked against. */
export interface UiSources {
  inspector: typeof InspectorEn;
  speech: typeof SpeechEn;
  conversation: typeof ConversationEn;
  dialog: typeof DialogEn;
  tester: typeof TesterEn;
  learning: typeof LearningEn;
  batch: typeof BatchEn;
  kiosk: typeof KioskEn;
  intentNames: typeof INTENT_NAMES;
  slotNames: typeof SLOT_NAMES;
  embed: typeof EmbedEn;
}

/** A namespace's name. */
export type UiNamespace = keyof UiSources;

type Translation<E> = { readonly [K in keyof E]?: string };

/** One language's strings, namespace by namespace (the shape of `locales/<lang>.json`). */
export type LanguageUi = { readonly [N in UiNamespace]?: Translation<UiSources[N]> };

/**
 * A catalog as the translator reads it once loaded and checked: namespace → key → text, only
 * keys that exist in English, with the English arguments.
 */
export type UiCatalog = Readonly<Record<string, UiDict>>;

/**
 * Compile-time check of a JSON catalog's type (`typeof import('./locales/de.json')`): every
 * namespace and key must exist in English, or the `Catalog<…>` using it is a type error that
 * names the stray key.
 */
export type KnownKeys<J> = {
  [N in keyof J]: N extends UiNamespace ? { [K in keyof J[N]]: K extends keyof UiSources[N] ? string : never } : never;
};

/** The UI languages with a catalog file: `uiLang()` codes (the language alone, Chinese by script). */
export type UiLanguage = 'ar' | 'bn' | 'de' | 'es' | 'fr' | 'hi' | 'id' | 'ja' | 'pt' | 'ru' | 'ur' | 'zh-Hans' | 'zh-Hant';
