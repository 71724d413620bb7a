/**
 * The embed's DOM, built in its shadow root with `textContent` only (user text and replies are
 * never parsed as HTML). The element drives it through this small interface; it knows nothing
 * about the assistant.
 */

/** A line in the log: who said it, and the text. */
export type Speaker = 'user' | 'assistant';

export interface ViewLabels {
  region: string;
  inputLabel: string;
  placeholder: string;
  send: string;
  micStart: string;
  micStop: string;
  you: string;
  assistant: string;
  note: string;
}

export interface EmbedView {
  /** Puts the texts of the current UI language (and the page direction of the locale) in place. */
  setLabels(labels: ViewLabels, lang: string, dir: 'ltr' | 'rtl'): void;
  /** The status line: loading, ready, or an error (`alert` announces it at once). */
  setStatus(text: string, kind: 'info' | 'error'): void;
  /** Adds a line to the log (the compact layout shows only the last exchange). */
  addLine(who: Speaker, text: string, lang: string): void;
  setBusy(busy: boolean): void;
  setReady(ready: boolean): void;
  setListening(listening: boolean): void;
  /** Clears the input after a request was taken. */
  clearInput(): void;
  onSubmit(listener: (text: string) => void): void;
  onMic(listener: () => void): void;
}

/** How many lines the log keeps (older ones are dropped: an embed is not a transcript). */
const MAX_LINES = 40;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, testId?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (testId) node.dataset.testid = testId;
  return node;
}

/** Builds the view into `root` (a shadow root), for voice or text mode. */
export function createEmbedView(root: ShadowRoot, options: { voice: boolean }): EmbedView {
  const doc = root.ownerDocument;
  const panel = el(doc, 'section', 'panel');
  panel.setAttribute('part', 'panel');
  const status = el(doc, 'p', 'status', 'embed-status');
  status.setAttribute('role', 'status');
  const log = el(doc, 'ol', 'log', 'embed-log');
  log.setAttribute('aria-live', 'polite');
  const form = el(doc, 'form', 'ask');
  const input = el(doc, 'input', 'text', 'embed-input');
  input.type = 'text';
  input.autocomplete = 'off';
  input.spellcheck = false;
  const send = el(doc, 'button', 'send', 'embed-send');
  send.type = 'submit';
  const mic = el(doc, 'button', 'mic', 'embed-mic');
  mic.type = 'button';
  mic.hidden = !options.voice;
  const note = el(doc, 'p', 'note');
  form.append(input, send, mic);
  panel.append(status, log, form, note);
  root.append(panel);

  let labels: ViewLabels | null = null;
  let listening = false;
  let busy = false;
  let ready = false;
  const sync = () => {
    send.disabled = busy || !ready;
    mic.disabled = !ready;
    if (labels) mic.textContent = listening ? labels.micStop : labels.micStart;
    mic.setAttribute('aria-pressed', String(listening));
    panel.setAttribute('aria-busy', String(busy || !ready));
  };
  sync();

  let submit: ((text: string) => void) | null = null;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit?.(input.value);
  });
  let micListener: (() => void) | null = null;
  mic.addEventListener('click', () => micListener?.());

  return {
    setLabels(next, lang, dir) {
      labels = next;
      panel.setAttribute('aria-label', next.region);
      panel.lang = lang;
      panel.dir = dir;
      input.setAttribute('aria-label', next.inputLabel);
      input.placeholder = next.placeholder;
      send.textContent = next.send;
      note.textContent = next.note;
      for (const who of log.querySelectorAll<HTMLElement>('.who')) who.textContent = who.dataset.who === 'user' ? next.you : next.assistant;
      sync();
    },
    setStatus(text, kind) {
      status.textContent = text;
      status.classList.toggle('error', kind === 'error');
      status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    },
    addLine(who, text, lang) {
      const item = el(doc, 'li', `line ${who}`);
      const name = el(doc, 'span', 'who');
      name.dataset.who = who;
      name.textContent = labels ? (who === 'user' ? labels.you : labels.assistant) : '';
      const body = el(doc, 'span', 'said', who === 'user' ? 'embed-heard' : 'embed-reply');
      body.lang = lang;
      body.dir = 'auto';
      body.textContent = text;
      item.append(name, body);
      log.append(item);
      while (log.children.length > MAX_LINES) log.firstElementChild?.remove();
      // The log scrolls itself; scrollIntoView would also scroll the host's page.
      log.scrollTop = log.scrollHeight;
    },
    setBusy(next) {
      busy = next;
      sync();
    },
    setReady(next) {
      ready = next;
      sync();
    },
    setListening(next) {
      listening = next;
      sync();
    },
    clearInput() {
      input.value = '';
    },
    onSubmit(listener) {
      submit = listener;
    },
    onMic(listener) {
      micListener = listener;
    },
  };
}
