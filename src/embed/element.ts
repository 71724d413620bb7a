/**
 * `<polyvox-assistant locale="de-DE" mode="text|voice" compact>`: a live assistant in a shadow
 * root, for documentation pages. Each element has its own worker, model session and in-memory
 * dialogue, so two on a page (two locales) answer independently. The host page's CSS does not
 * reach inside (shadow DOM; only `::part(panel)` is offered for theming) and the element's
 * styles, adopted by its shadow root, do not reach out. What happens is told as DOM events
 * (`EMBED_EVENTS`, bubbling and composed) and through `hear(text)`.
 */
import type { AssistantEvent } from '../assistant/index.ts';
import { MAX_TEXT } from '../dialog/limits.ts';
import { findLanguage, isLocale, langTag } from '../i18n/languages.ts';
import { loadUiLanguageFor } from '../i18n/ui/load.ts';
import { uiLang } from '../i18n/uiText.ts';
import { EMBED_EVENTS, repliedDetail, understoodDetail, type ErrorDetail, type ReadyDetail, type RepliedDetail } from './events.ts';
import { createEmbedRuntime, type EmbedRuntime } from './runtime.ts';
import sheetText from './embed.css?inline';
import { trConversation, trEmbed, trInspector, trSpeech } from './strings.ts';
import { createEmbedView, type EmbedView } from './view.ts';

/** Where an element finds its model and voice files when its attributes do not say. */
export interface EmbedDefaults {
  /** Absolute URL of the model folder, ending in `/`. */
  modelUrl: string;
  /** Absolute URL of the eSpeak NG folder, ending in `/`. */
  espeakUrl: string;
}

/** The tag name. */
export const ELEMENT_NAME = 'polyvox-assistant';
const FALLBACK_LOCALE = 'en-US';

/** The element's public surface (what a host page's script may use). */
export interface PolyvoxAssistant extends HTMLElement {
  locale: string;
  /** Resolves once the model is loaded (rejects when it cannot be). */
  readonly ready: Promise<ReadyDetail>;
  /** Hears `text` as a request: understood, acted on and answered; null when it failed (see `polyvox-error`). */
  hear(text: string): Promise<RepliedDetail | null>;
}

function folderOf(url: string | null, fallback: string): string {
  if (!url) return fallback;
  const abs = new URL(url, document.baseURI).href;
  return abs.endsWith('/') ? abs : `${abs}/`;
}

/** Builds the element class for these defaults (the entry point knows where its files are). */
export function createAssistantElement(defaults: EmbedDefaults): CustomElementConstructor {
  // One constructed sheet per class, shared by every element's shadow root.
  let sheet: CSSStyleSheet | null = null;
  const styles = () => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(sheetText);
    }
    return sheet;
  };

  return class PolyvoxAssistantElement extends HTMLElement implements PolyvoxAssistant {
    static observedAttributes = ['locale', 'mode', 'model'];

    private readonly root: ShadowRoot;
    private runtime: EmbedRuntime | null = null;
    private view: EmbedView | null = null;
    private readyPromise: Promise<ReadyDetail> | null = null;
    private loaded = false;
    private busy = false;
    private disposeTimer: ReturnType<typeof setTimeout> | null = null;
    private readonly offs: Array<() => void> = [];

    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      this.root.adoptedStyleSheets = [styles()];
    }

    get locale(): string {
      const value = this.getAttribute('locale');
      return value && isLocale(value) ? value : FALLBACK_LOCALE;
    }

    set locale(value: string) {
      this.setAttribute('locale', value);
    }

    get ready(): Promise<ReadyDetail> {
      return this.start().readyPromise ?? Promise.reject(new Error('not started'));
    }

    connectedCallback(): void {
      // A move in the page disconnects and connects at once: keep the model loaded.
      if (this.disposeTimer) clearTimeout(this.disposeTimer);
      this.disposeTimer = null;
      this.start();
    }

    disconnectedCallback(): void {
      this.disposeTimer = setTimeout(() => this.stop(), 0);
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (before === after || !this.runtime) return;
      if (name === 'locale') {
        this.runtime.engine.setLocale(this.locale);
        this.applyLanguage();
      } else if (this.isConnected) {
        // Another mode or model is another runtime (speaker, recognizer, worker): start afresh.
        this.stop();
        this.start();
      }
    }

    async hear(text: string): Promise<RepliedDetail | null> {
      const rt = this.start().runtime;
      const view = this.view;
      if (!rt || !view) return null;
      const request = text.trim();
      if (!request || request.length > MAX_TEXT) {
        const text = request ? trInspector('errorTooLong', this.locale, { length: request.length, max: MAX_TEXT }) : trInspector('errorEmpty', this.locale);
        view.setStatus(text, 'error');
        this.emitError({ stage: 'understand', message: text, code: request ? 'too-long' : 'empty-text' });
        return null;
      }
      try {
        await this.ready;
      } catch {
        return null;
      }
      this.setBusy(true);
      const locale = this.locale;
      try {
        const reply = await rt.engine.hear(request);
        // A failed turn has already put its message in the status line.
        if (reply) this.view?.setStatus('', 'info');
        return reply ? repliedDetail(reply, locale) : null;
      } finally {
        this.setBusy(false);
      }
    }

    private start(): this {
      if (this.runtime) return this;
      const voice = this.getAttribute('mode') === 'voice';
      const folder = folderOf(this.getAttribute('model'), defaults.modelUrl);
      const runtime = createEmbedRuntime({
        modelUrl: folder,
        espeakUrl: defaults.espeakUrl,
        locale: this.locale,
        voice,
      });
      this.runtime = runtime;
      const view = createEmbedView(this.root, { voice });
      this.view = view;
      this.applyLanguage();
      view.setStatus(trInspector('loadingModelIndeterminate', this.locale), 'info');
      view.onSubmit((text) => {
        if (this.busy) return;
        // An empty request is heard too, so that it gets its message.
        if (text.trim()) view.clearInput();
        void this.hear(text);
      });
      this.offs.push(runtime.engine.on((event) => this.onEngineEvent(event)));
      if (runtime.input) this.wireVoice(runtime, view);
      // A runtime replaced (mode or model changed) or stopped while loading says nothing.
      const current = () => this.runtime === runtime;
      this.readyPromise = runtime.nlu.load().then(
        (info) => {
          const detail: ReadyDetail = { locale: this.locale, model: info.modelId };
          if (!current()) return detail;
          this.loaded = true;
          view.setReady(true);
          view.setStatus('', 'info');
          this.emit(EMBED_EVENTS.ready, detail);
          return detail;
        },
        (err: unknown) => {
          const message = err instanceof Error ? err.message : String(err);
          const code = (err as { code?: string } | null)?.code ?? null;
          if (!current()) throw err;
          view.setStatus(this.loadErrorText(code, message, folder), 'error');
          this.emitError({ stage: 'load', message, code });
          throw err;
        },
      );
      // A host that never awaits `ready` must not see an unhandled rejection.
      this.readyPromise.catch(() => {});
      return this;
    }

    private stop(): void {
      this.disposeTimer = null;
      for (const off of this.offs.splice(0)) off();
      this.runtime?.dispose();
      this.runtime = null;
      this.view = null;
      this.readyPromise = null;
      this.loaded = false;
      this.root.replaceChildren();
    }

    private wireVoice(runtime: EmbedRuntime, view: EmbedView): void {
      const input = runtime.input;
      if (!input) return;
      view.onMic(() => {
        if (input.getSnapshot().status === 'listening') input.stop();
        else {
          input.reset();
          void input.start({ locale: this.locale, mode: 'push-to-talk', allowOnline: this.hasAttribute('online-speech') });
        }
      });
      this.offs.push(
        input.onFinal((text) => void this.hear(text)),
        input.subscribe(() => {
          const snap = input.getSnapshot();
          view.setListening(snap.status === 'listening');
          if (snap.status === 'listening') view.setStatus(snap.interim || trSpeech('micListening', this.locale), 'info');
          else if (snap.error) {
            const key = `err_${snap.error.reason}` as Parameters<typeof trSpeech>[0];
            view.setStatus(trSpeech(key, this.locale), 'error');
            this.emitError({ stage: 'listen', message: snap.error.detail || snap.error.reason, code: snap.error.reason });
          } else if (this.loaded) view.setStatus('', 'info');
        }),
      );
    }

    private onEngineEvent(event: AssistantEvent): void {
      const view = this.view;
      if (!view) return;
      switch (event.type) {
        case 'heard':
          view.addLine('user', event.text, langTag(event.locale));
          break;
        case 'understood':
          this.emit(EMBED_EVENTS.understood, understoodDetail(event.result));
          break;
        case 'replied':
          view.addLine('assistant', event.reply.text, event.reply.lang);
          this.emit(EMBED_EVENTS.replied, repliedDetail(event.reply, event.locale));
          break;
        case 'error':
          if (event.stage === 'speak') {
            this.emitError({ stage: 'speak', message: event.message, code: event.code ?? null });
            break;
          }
          view.setStatus(trConversation('failed', this.locale, { message: event.message }), 'error');
          this.emitError({ stage: event.stage, message: event.message, code: event.code ?? null });
          break;
        default:
          break;
      }
    }

    private applyLanguage(): void {
      const locale = this.locale;
      const render = () => {
        const lang = findLanguage(locale);
        this.view?.setLabels(
          {
            region: trEmbed('region', locale, { language: lang?.nativeName ?? locale }),
            inputLabel: trInspector('inputLabel', locale),
            placeholder: trInspector('inputPlaceholder', locale),
            send: trEmbed('send', locale),
            micStart: trSpeech('micStart', locale),
            micStop: trSpeech('micStop', locale),
            you: trConversation('you', locale),
            assistant: trConversation('assistant', locale),
            note: trEmbed('offlineNote', locale),
          },
          uiLang(locale),
          lang?.rtl ? 'rtl' : 'ltr',
        );
      };
      render();
      // The UI catalog of another language arrives as its own chunk; render again when it has.
      void loadUiLanguageFor(locale).then((installed) => {
        if (installed && this.locale === locale) render();
      });
    }

    /** What the visitor reads when the model did not load (the detail goes to `polyvox-error`). */
    private loadErrorText(code: string | null, message: string, folder: string): string {
      if (code === 'model-missing') return trEmbed('modelMissing', this.locale, { url: folder });
      if (code === 'model-corrupt') return trInspector('errorModelCorrupt', this.locale, { detail: message });
      return trConversation('failed', this.locale, { message });
    }

    private setBusy(busy: boolean): void {
      this.busy = busy;
      this.view?.setBusy(busy);
      if (busy) this.view?.setStatus(trConversation('thinking', this.locale), 'info');
    }

    private emit(type: string, detail: unknown): void {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }

    private emitError(detail: ErrorDetail): void {
      this.emit(EMBED_EVENTS.error, detail);
    }
  };
}

/** Defines `<polyvox-assistant>` once (a second script on the page reuses the first definition). */
export function defineAssistantElement(defaults: EmbedDefaults): CustomElementConstructor {
  const existing = customElements.get(ELEMENT_NAME);
  if (existing) return existing;
  const ctor = createAssistantElement(defaults);
  customElements.define(ELEMENT_NAME, ctor);
  return ctor;
}
