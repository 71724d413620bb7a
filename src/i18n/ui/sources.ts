/**
 * The English source of the UI text, namespace by namespace (in the bundle: English is what
 * the page shows first and what every other language falls back to), and the coverage a
 * catalog needs to be offered. A leaf: it imports only the
 * English objects.
 */
import { EN as BATCH_EN } from '../../batch/ui/en.ts';
import { EN as CONVERSATION_EN } from '../../conversation/ui/en.ts';
import { EN as DIALOG_EN } from '../../dialog/ui/en.ts';
import { EN as EMBED_EN } from '../../embed/en.ts';
import { EN as KIOSK_EN } from '../../kiosk/ui/en.ts';
import { INTENT_NAMES, SLOT_NAMES } from '../../kiosk/ui/names.ts';
import { EN as SPEECH_EN } from '../../speech/ui/strings.ts';
import { EN as LEARNING_EN } from '../../tester/learning/en.ts';
import { EN as TESTER_EN } from '../../tester/ui/en.ts';
import { EN as INSPECTOR_EN } from '../en.ts';
import type { UiNamespace, UiSources } from './types.ts';

/** namespace → the English strings. */
export const UI_SOURCES: UiSources = {
  inspector: INSPECTOR_EN,
  speech: SPEECH_EN,
  conversation: CONVERSATION_EN,
  dialog: DIALOG_EN,
  tester: TESTER_EN,
  learning: LEARNING_EN,
  batch: BATCH_EN,
  kiosk: KIOSK_EN,
  intentNames: INTENT_NAMES,
  slotNames: SLOT_NAMES,
  embed: EMBED_EN,
};

/** The namespaces, in a stable order. */
export const UI_NAMESPACES = Object.keys(UI_SOURCES) as UiNamespace[];

/**
 * The share of the English keys a catalog must translate to be offered as a UI language; a
 * language below it falls back to English as a whole (a page that is half in one language and
 * half in another reads worse than one in English).
 */
export const UI_COVERAGE_THRESHOLD = 0.9;
