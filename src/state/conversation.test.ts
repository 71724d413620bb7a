import { beforeEach, describe, expect, it } from 'vitest';
import type { NluResult } from '../nlu/types.ts';
import type { AssistantPort, AssistantReply } from './assistantPort.ts';
import type { NluEvent, NluPort } from './nluPort.ts';
import { MAX_TURNS } from './conversationSlice.ts';
import { createAppStore } from './store.ts';

function result(text: string, locale: string, intent: string, scenario: string): NluResult {
  return {
    text, locale, intent, scenario, confidence: 0.9, top5: [{ intent, p: 0.9 }],
    slots: [], words: [], wordLabels: [], timings: { tokenizeMs: 0.1, inferenceMs: 1 },
    backend: 'wasm', truncated: false,
  };
}

/** NLU fake: lights on for anything mentioning light/Licht, else an alarm. */
class FakeNlu implements NluPort {
  load() {}
  subscribe(_l: (e: NluEvent) => void) { return () => undefined; }
  async parse(text: string, locale: string) {
    if (text.includes('boom')) throw Object.assign(new Error('worker crashed'), { code: 'worker-crashed' });
    return /li[cg]ht/.test(text) ? result(text, locale, 'iot_hue_lighton', 'iot') : result(text, locale, 'alarm_set', 'alarm');
  }
}

/** Assistant fake that records what it was asked to do and say. */
class FakeAssistant implements AssistantPort {
  spoken: Array<{ text: string; locale: string }> = [];
  stops = 0;
  fail = false;
  async respond(r: NluResult): Promise<AssistantReply> {
    if (this.fail) throw new Error('skill crashed');
    const text = r.intent === 'iot_hue_lighton' ? 'Licht ist an.' : 'Wecker gestellt.';
    return { scenario: r.scenario, intent: r.intent, text, lang: 'de', fallback: r.locale === 'cy-GB', effect: r.intent };
  }
  async speak(text: string, locale: string) { this.spoken.push({ text, locale }); }
  stopSpeaking() { this.stops++; }
}

let assistant: FakeAssistant;
let store: ReturnType<typeof createAppStore>;
const mem = new Map<string, string>();
const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v), removeItem: (k: string) => void mem.delete(k) };
beforeEach(() => {
  mem.clear();
  assistant = new FakeAssistant();
  store = createAppStore({ port: new FakeNlu(), assistant, initialLocale: 'de-DE', storage });
});

describe('conversation', () => {
  it('records a turn with the understood intent and the reply, and speaks it in the locale', async () => {
    await store.getState().submit('mach das licht an');
    const [turn] = store.getState().turns;
    expect(turn?.understood?.intent).toBe('iot_hue_lighton');
    expect(turn?.reply?.text).toBe('Licht ist an.');
    expect(turn?.source).toBe('typed');
    expect(assistant.spoken).toEqual([{ text: 'Licht ist an.', locale: 'de-DE' }]);
  });

  it('hear() barges in, fills the text box and marks the turn as voice', async () => {
    await store.getState().hear('weck mich um sieben');
    expect(assistant.stops).toBe(1);
    expect(store.getState().draft).toBe('weck mich um sieben');
    expect(store.getState().turns.map((t) => [t.source, t.understood?.intent])).toEqual([['voice', 'alarm_set']]);
    expect(store.getState().result?.text).toBe('weck mich um sieben');
  });

  it('speaks an English fallback reply with an English voice', async () => {
    store.getState().setLocale('cy-GB');
    await store.getState().submit('larwm am saith');
    expect(assistant.spoken[0]?.locale).toBe('en-US');
  });

  it('keeps a failed reply in the history as an error turn', async () => {
    assistant.fail = true;
    await store.getState().submit('licht an');
    const [turn] = store.getState().turns;
    expect(turn?.reply).toBeNull();
    expect(turn?.error).toBe('skill crashed');
  });

  it('adds no turn when the NLU fails, and shows the error instead', async () => {
    await store.getState().submit('boom');
    expect(store.getState().turns).toHaveLength(0);
    expect(store.getState().error?.kind).toBe('worker-crashed');
  });

  it('with the assistant off only analyses', async () => {
    store.getState().setAssistantOn(false);
    await store.getState().submit('licht an');
    expect(store.getState().turns).toHaveLength(0);
    expect(store.getState().result?.intent).toBe('iot_hue_lighton');
  });

  it('does not speak when speech output is off, and remembers that across reloads', async () => {
    store.getState().setSpeakReplies(false);
    await store.getState().submit('licht an');
    expect(assistant.spoken).toHaveLength(0);
    const again = createAppStore({ port: new FakeNlu(), assistant, storage });
    expect(again.getState().speakReplies).toBe(false);
  });

  it('inspectTurn shows an earlier turn in the inspector', async () => {
    await store.getState().submit('licht an');
    await store.getState().submit('wecker um acht');
    const first = store.getState().turns[0]!;
    store.getState().inspectTurn(first.id);
    expect(store.getState().result?.text).toBe('licht an');
  });

  it('keeps at most MAX_TURNS turns, dropping the oldest', async () => {
    for (let i = 0; i < MAX_TURNS + 3; i++) await store.getState().submit(`wecker ${i}`);
    const turns = store.getState().turns;
    expect(turns).toHaveLength(MAX_TURNS);
    expect(turns[0]?.understood?.text).toBe('wecker 3');
  });

  it('a store without an assistant never answers', async () => {
    const plain = createAppStore({ port: new FakeNlu(), storage });
    await plain.getState().submit('licht an');
    expect(plain.getState().assistantOn).toBe(false);
    expect(plain.getState().turns).toHaveLength(0);
  });
});

describe('assistant-initiated turns', () => {
  it('announce() adds a reply without a user utterance and speaks it', () => {
    store.getState().announce({ scenario: 'alarm', intent: 'alarm_ring', text: 'Dein Wecker klingelt.', lang: 'de', fallback: false, effect: 'alarm:ring' }, 'de-DE');
    const [turn] = store.getState().turns;
    expect(turn?.source).toBe('assistant');
    expect(turn?.understood).toBeNull();
    expect(assistant.spoken).toEqual([{ text: 'Dein Wecker klingelt.', locale: 'de-DE' }]);
    store.getState().inspectTurn(turn!.id);
    expect(store.getState().result).toBeNull();
  });
});
