/**
 * Translations of UI chrome, by language then namespace. Each language file exports one
 * object `{ [namespace]: { [key]: text } }`; see `../uiText.ts`.
 */
import type { UiDict } from '../uiText.ts';

/** language → namespace → strings. */
export const UI_TRANSLATIONS: Readonly<Record<string, Readonly<Record<string, UiDict>>>> = {};
