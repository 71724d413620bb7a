/**
 * The kiosk's translators: its own UI text (`kiosk`) and the friendly names of intents and
 * slot types (`intentNames`, `slotNames`), in the locale's UI language with English as the
 * fallback. A label the tables do not know (another model's) is shown in words, never raw.
 */
import { makeTranslator } from '../../i18n/uiText.ts';
import { EN } from './en.ts';
import { INTENT_NAMES, SLOT_NAMES } from './names.ts';

/** `tr(key, locale, params)` for the kiosk's own text. */
export const tr = makeTranslator('kiosk', EN);

const trIntent = makeTranslator('intentNames', INTENT_NAMES);
const trSlot = makeTranslator('slotNames', SLOT_NAMES);

/** `some_label` → "Some label": the last resort for a label without a name. */
export function humanize(label: string): string {
  const words = label.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The friendly name of intent `intent` in `locale` ("Dim the lights" for `iot_hue_lightdim`). */
export function intentName(intent: string, locale: string): string {
  return Object.hasOwn(INTENT_NAMES, intent) ? trIntent(intent as keyof typeof INTENT_NAMES, locale) : humanize(intent);
}

/** The friendly name of slot type `label` in `locale` ("Time" for `time`). */
export function slotName(label: string, locale: string): string {
  return Object.hasOwn(SLOT_NAMES, label) ? trSlot(label as keyof typeof SLOT_NAMES, locale) : humanize(label);
}
