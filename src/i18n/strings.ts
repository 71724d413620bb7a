/**
 * UI strings of the inspector (namespace `inspector`). English is the source: its keys define
 * `TranslationKey`, so a missing or misspelled key is a type error; translations live in
 * `ui/<lang>.ts`. `{name}` placeholders are filled by `tr()`; the result is plain text
 * (React escapes it), never HTML.
 */
import { makeTranslator } from './uiText.ts';

export const EN = {
  appTitle: 'Polyvox',
  appTagline: 'Multilingual language understanding, entirely in your browser',
  localeLabel: 'Language',
  inputLabel: 'Utterance',
  inputPlaceholder: 'Type a request, e.g. an alarm, a light, a question…',
  submit: 'Understand',
  examplesTitle: 'Try an example',
  loadingModel: 'Loading model… {percent}%',
  loadingModelIndeterminate: 'Loading model…',
  stageSession: 'Starting the engine…',
  stageWarmup: 'Warming up…',
  modelReady: '{model} ready in {ms} ms',
  backendLabel: 'Backend',
  threads: '{n, plural, one {# thread} other {# threads}}',
  oneThread: '1 thread',
  resultTitle: 'Result',
  intentLabel: 'Intent',
  scenarioLabel: 'Scenario',
  confidenceLabel: 'Confidence',
  topIntentsTitle: 'Top intents',
  slotsTitle: 'Slots',
  noSlots: 'No slots found',
  timingsTitle: 'Timings',
  tokenizeLabel: 'Tokenize',
  inferenceLabel: 'Inference',
  totalLabel: 'Total',
  working: 'Working…',
  errorTitle: 'Something went wrong',
  errorModelMissing: 'The model could not be found ({detail}). Check that public/models/{model}/ is present and rebuild.',
  errorModelCorrupt: 'The model file could not be loaded; it may be corrupt or incomplete ({detail}).',
  errorWorkerCrash: 'The language engine stopped unexpectedly and is restarting ({detail}). Your text is kept; try again.',
  errorWorkerGaveUp: 'The language engine kept stopping ({detail}). Your text is kept; reload the page to try again.',
  errorParse: 'The utterance could not be analysed ({detail}).',
  errorEmpty: 'Type something first.',
  errorTooLong: 'That is {length, plural, one {{length, number, ::group-off} character} other {{length, number, ::group-off} characters}}; the limit is {max, number, ::group-off}. Shorten it and try again.',
  retry: 'Try again',
  dismiss: 'Dismiss',
  panelError: 'This panel could not be shown.',
  pageError: 'Polyvox ran into a problem and stopped this view. What you saved on this device is kept.',
  reload: 'Reload',
  quarantined: '{count, plural, one {# saved record could not be read and was set aside; it is not shown.} other {# saved records could not be read and were set aside; they are not shown.}}',
  storageError: 'Saving on this device failed: {detail}',
  footer: 'Runs offline: the model, tokenizer and engine are served by this page.',
} as const;

/** Every UI string key. */
export type TranslationKey = keyof typeof EN;

/** Values for `{name}` placeholders. */
export type TranslationVars = Readonly<Record<string, string | number>>;

/** `tr(key, locale, vars)`: the inspector string in the locale's UI language (English per key when untranslated). */
export const tr = makeTranslator('inspector', EN);
