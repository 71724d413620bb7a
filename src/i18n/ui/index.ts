/**
 * Translations of UI chrome, by language then namespace. Each language file exports one
 * object `{ [namespace]: { [key]: text } }` typed by `LanguageUi`; see `../uiText.ts`.
 * Keys are `uiLang()` codes: the language alone (`pt` for pt-PT), except `zh-TW`, whose
 * Traditional script sets it apart from `zh` (Simplified, zh-CN).
 */
import { ar } from './ar.ts';
import { bn } from './bn.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { id } from './id.ts';
import { ja } from './ja.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import type { LanguageUi, UiDict } from './types.ts';
import { ur } from './ur.ts';
import { zh } from './zh.ts';
import { zhTW } from './zh-TW.ts';

const BY_LANGUAGE: Readonly<Record<string, LanguageUi>> = {
  ar, bn, de, es, fr, hi, id, ja, pt, ru, ur, zh, 'zh-TW': zhTW,
};

/** language → namespace → strings. */
export const UI_TRANSLATIONS: Readonly<Record<string, Readonly<Record<string, UiDict>>>> =
  BY_LANGUAGE as Readonly<Record<string, Readonly<Record<string, UiDict>>>>;
