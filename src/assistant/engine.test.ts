/**
 * The headless engine: a whole turn from text to reply, speech and effect, with typed
 * events; two engines in two locales on one page are independent (state, storage, locale,
 * events, voice); failures become events, never rejections.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../dialog/index.ts';
import type { NluResult, SlotSpan } from '../nlu/types.ts';
import { createAssistant } from './engine.ts';
import type { AssistantEvent, Understander, Voice } from './types.ts';

const NOW = new Date(2025, 2, 14, 10, 0);

/** A scripted NLU: a few phrases per language with their intent and slot texts. */
const SCRIPT: Record<string, [intent: string, slots: [string, string][]]> = {
  'turn on the light': ['iot_hue_lighton', []],
  'mach das licht an': ['iot_hue_lighton', []],
  'füge milch zur einkaufsliste hinzu': ['lists_createoradd', [['list_name', 'einkaufsliste']]],
  'set a timer for five seconds': ['alarm_set', [['time', 'five seconds']]],
  'set an alarm': ['alarm_set', []],
};
const fakeNlu = (calls: string[] = []): Understander => ({
  async parse(text, locale) {
    calls.push(`${locale}:${text}`);
    const hit = SCRIPT[text];
    if (!hit) throw Object.assign(new Error('the language engine did not answer'), { code: 'worker-timeout' });
    const [intent, slotTexts] = hit;
    const slots: SlotSpan[] = slotTexts.map(([label, value]) => ({ label, start: text.indexOf(value), end: text.indexOf(value) + value.length, text: value }));
    const result: NluResult = {
      text, locale, intent, scenario: intent.split('_')[0]!, confidence: 0.9, top5: [{ intent, p: 0.9 }],
      slots, words: [], wordLabels: [], timings: { tokenizeMs: 0, inferenceMs: 0 }, backend: 'wasm', truncated: false,
    };
    return result;
  },
});
const fakeVoice = () => {
  const said: string[] = [];
  const voice: Voice = { speak: async (text, locale) => void said.push(`${locale}:${text}`), stop: () => undefined };
  return { voice, said };
};

function engine(locale: string) {
  const { voice, said } = fakeVoice();
  const events: AssistantEvent[] = [];
  let n = 0;
  const e = createAssistant({ nlu: fakeNlu(), speaker: voice, storage: createMemoryStorage(), clock: { now: () => new Date() }, locale, newId: () => `${locale}-${++n}` });
  e.on((ev) => events.push(ev));
  return { e, said, events };
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAssistant', () => {
  it('runs a whole turn: heard → understood → effect → replied, spoken in the locale', async () => {
    const { e, said, events } = engine('en-US');
    const reply = await e.hear('turn on the light');
    expect(reply).toMatchObject({ intent: 'iot_hue_lighton', text: 'The light is on.', lang: 'en', effect: 'light:on' });
    expect(e.dialog.state.getState().devices.light.on).toBe(true);
    await vi.runAllTimersAsync();
    expect(said).toEqual(['en-US:The light is on.']);
    expect(events.map((ev) => ev.type)).toEqual(['heard', 'understood', 'effect', 'replied', 'spoken']);
  });

  it('two engines in two locales on one page are independent', async () => {
    const en = engine('en-US');
    const de = engine('de-DE');
    await de.e.hear('mach das licht an');
    await de.e.hear('füge milch zur einkaufsliste hinzu');
    expect(de.e.dialog.state.getState().devices.light.on).toBe(true);
    expect(en.e.dialog.state.getState().devices.light.on).toBe(false);
    expect(de.e.dialog.state.getState().lists).toEqual([{ name: 'Einkaufsliste', items: ['milch'] }]);
    expect(en.e.dialog.state.getState().lists).toEqual([]);
    expect(en.events).toEqual([]);
    await vi.runAllTimersAsync();
    expect(de.said[0]).toBe('de-DE:Das Licht ist an.');
    expect(en.said).toEqual([]);
    // A follow-up question pending in one engine does not capture the other's next turn.
    await en.e.hear('set an alarm');
    expect(en.e.dialog.awaiting()).toEqual({ slot: 'time', kind: 'time' });
    expect(de.e.dialog.awaiting()).toBeNull();
    expect(en.events.filter((ev) => ev.type === 'asked')).toHaveLength(1);
    en.e.setLocale('fr-FR');
    expect(de.e.locale).toBe('de-DE');
  });

  it('an alarm that rings is announced by its own engine only, as an assistant turn', async () => {
    const a = engine('en-US');
    const b = engine('en-US');
    await a.e.hear('set a timer for five seconds');
    expect(a.e.dialog.state.getState().alarms).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(6_000);
    const rang = a.events.filter((ev) => ev.type === 'replied' && ev.origin === 'assistant');
    expect(rang).toHaveLength(1);
    expect(b.events).toEqual([]);
  });

  it('a failed parse is an error event, and hear resolves null instead of rejecting', async () => {
    const { e, events } = engine('en-US');
    await expect(e.hear('mumble')).resolves.toBeNull();
    expect(events.at(-1)).toEqual({ type: 'error', stage: 'understand', message: 'the language engine did not answer', code: 'worker-timeout' });
  });

  it('a voice that fails is an error event; the reply still stands', async () => {
    const events: AssistantEvent[] = [];
    const e = createAssistant({
      nlu: fakeNlu(),
      speaker: { speak: () => Promise.reject(new Error('no voice for cy-GB')), stop: () => undefined },
      storage: createMemoryStorage(),
      clock: { now: () => new Date() },
      locale: 'en-US',
    });
    e.on((ev) => events.push(ev));
    expect(await e.hear('turn on the light')).toMatchObject({ text: 'The light is on.' });
    await vi.runAllTimersAsync();
    expect(events.at(-1)).toEqual({ type: 'error', stage: 'speak', message: 'no voice for cy-GB' });
  });

  it('with speakReplies off the engine stays silent, and speak() still speaks on request', async () => {
    const { e, said, events } = engine('de-DE');
    e.speakReplies = false;
    await e.hear('mach das licht an');
    await vi.runAllTimersAsync();
    expect(said).toEqual([]);
    await e.speak('Hallo', 'de-DE');
    expect(said).toEqual(['de-DE:Hallo']);
    expect(events.at(-1)).toEqual({ type: 'spoken', locale: 'de-DE' });
  });

  it('hears the final transcripts of its recognizer, and stops listening when disposed', async () => {
    let deliver: (text: string) => void = () => undefined;
    let stopped = false;
    const calls: string[] = [];
    const e = createAssistant({
      nlu: fakeNlu(calls),
      recognizer: { onFinal: (l) => ((deliver = l), () => void (stopped = true)) },
      storage: createMemoryStorage(),
      clock: { now: () => new Date() },
      locale: 'de-DE',
    });
    deliver('mach das licht an');
    await vi.runAllTimersAsync();
    expect(calls).toEqual(['de-DE:mach das licht an']);
    expect(e.dialog.state.getState().devices.light.on).toBe(true);
    e.dispose();
    expect(stopped).toBe(true);
  });
});
