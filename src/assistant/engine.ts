/**
 * The headless assistant: one object that owns a turn — hear → parse → decide → act →
 * reply → speak — with no React and no globals, so a page can hold two (two embeds, a
 * tester comparing locales) and Node can run one. Subscribers (the app store, an embed's DOM
 * events, tests) follow it through typed events. The dialogue's state (alarms, lists, the
 * smart home) is `engine.dialog.state`, which the panels render.
 */
import { createDialog, silentSound, type Dialog, type Turn } from '../dialog/index.ts';
import type { NluResult } from '../nlu/types.ts';
import { toAssistantReply } from './reply.ts';
import { understoodOf } from './understood.ts';
import type { AssistantEvent, AssistantListener, AssistantOptions, AssistantReply } from './types.ts';

/** A running assistant. */
export interface AssistantEngine {
  /** The dialogue: its vanilla store is what the home panels show. */
  readonly dialog: Dialog;
  /** The locale new turns are understood and answered in. */
  readonly locale: string;
  setLocale(locale: string): void;
  /** Whether replies are spoken (when a speaker was given). */
  speakReplies: boolean;
  /** A whole turn: parse `text` in the current locale, act, reply, speak. Never rejects. */
  hear(text: string): Promise<AssistantReply | null>;
  /** Parses only (the inspector's view); rejects with the NLU's error. */
  understand(text: string): Promise<NluResult>;
  /** Acts on an understood utterance and returns the reply (not spoken: see `say`). */
  respond(result: NluResult): Promise<AssistantReply>;
  /** Speaks a reply when `speakReplies` is on (an English fallback with an English voice). */
  say(reply: AssistantReply, locale: string): Promise<void>;
  /** Speaks `text` in `locale` now; `spoken` or a `speak` error event follows. Never rejects. */
  speak(text: string, locale: string): Promise<void>;
  /** Stops speaking at once (barge-in). */
  stopSpeaking(): void;
  /** Subscribes to events; returns the unsubscribe function. */
  on(listener: AssistantListener): () => void;
  /** Writes what is queued (page hide). */
  flush(): Promise<void>;
  dispose(): void;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
const codeOf = (err: unknown) => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Creates an assistant. Everything it touches comes in through `options`. */
export function createAssistant(options: AssistantOptions): AssistantEngine {
  const listeners = new Set<AssistantListener>();
  const emit = (event: AssistantEvent) => {
    for (const l of listeners) l(event);
  };
  let locale = options.locale;

  const announce = (turn: Turn) => {
    const reply = toAssistantReply(turn);
    emit({ type: 'replied', reply, locale: turn.locale, origin: 'assistant' });
    void engine.say(reply, turn.locale);
  };
  const dialog = createDialog({
    now: () => options.clock.now(),
    storage: options.storage,
    sound: options.sound ?? silentSound,
    notify: options.notify ?? (() => undefined),
    onRing: announce,
    ...(options.newId ? { newId: options.newId } : {}),
  });

  // Declared before `engine` so dispose() can reach it; hear() is only called later.
  const stopRecognizer = options.recognizer?.onFinal((text) => void engine.hear(text));
  const engine: AssistantEngine = {
    dialog,
    get locale() {
      return locale;
    },
    setLocale(next) {
      locale = next;
    },
    speakReplies: true,
    async hear(text) {
      engine.stopSpeaking();
      emit({ type: 'heard', text, locale });
      let result: NluResult;
      try {
        result = await engine.understand(text);
      } catch (err) {
        emit({ type: 'error', stage: 'understand', message: messageOf(err), ...(codeOf(err) ? { code: codeOf(err) } : {}) });
        return null;
      }
      let reply: AssistantReply;
      try {
        reply = await engine.respond(result);
      } catch (err) {
        emit({ type: 'error', stage: 'act', message: messageOf(err) });
        return null;
      }
      void engine.say(reply, result.locale);
      return reply;
    },
    async understand(text) {
      const result = await options.nlu.parse(text, locale);
      emit({ type: 'understood', result });
      return result;
    },
    async respond(result) {
      const turn = await dialog.handle(understoodOf(result));
      const reply = toAssistantReply(turn);
      if (turn.awaiting) emit({ type: 'asked', slot: turn.awaiting, reply });
      if (turn.effect) emit({ type: 'effect', effect: turn.effect, locale: result.locale });
      emit({ type: 'replied', reply, locale: result.locale, origin: 'user' });
      return reply;
    },
    async say(reply, replyLocale) {
      if (engine.speakReplies) await engine.speak(reply.text, reply.fallback ? 'en-US' : replyLocale);
    },
    async speak(text, speakLocale) {
      if (!options.speaker) return;
      try {
        await options.speaker.speak(text, speakLocale);
        emit({ type: 'spoken', locale: speakLocale });
      } catch (err) {
        // A missing voice must not break the conversation: the reply is on screen; say why it is silent.
        emit({ type: 'error', stage: 'speak', message: messageOf(err) });
      }
    },
    stopSpeaking: () => options.speaker?.stop(),
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush: () => dialog.flush(),
    dispose() {
      stopRecognizer?.();
      listeners.clear();
      dialog.dispose();
    },
  };
  return engine;
}
