import { describe, expect, it } from 'vitest';
import { EMBED_EVENTS, type ReadyDetail, type RepliedDetail } from './events.ts';
import { connectFrameBridge, type BridgedAssistant, type MessageSource } from './frameBridge.ts';
import { readHostMessage } from './protocol.ts';

const HOST = 'https://docs.example.com';

/** A fake `<polyvox-assistant>`: hearing "turn on the light" understands and replies as the element does. */
class FakeAssistant extends EventTarget implements BridgedAssistant {
  locale = 'en-US';
  heard: string[] = [];
  readonly ready: Promise<ReadyDetail> = Promise.resolve({ locale: 'en-US', model: 'polyvox-nlu-v12' });
  async hear(text: string): Promise<RepliedDetail | null> {
    this.heard.push(text);
    await Promise.resolve();
    this.dispatchEvent(new CustomEvent(EMBED_EVENTS.understood, { detail: { text, locale: this.locale, intent: 'iot_hue_lighton', scenario: 'iot', confidence: 0.9, slots: [] } }));
    const reply: RepliedDetail = { text: `done: ${text}`, lang: 'en', locale: this.locale, intent: 'iot_hue_lighton', effect: 'light:on', awaiting: null };
    this.dispatchEvent(new CustomEvent(EMBED_EVENTS.replied, { detail: reply }));
    return reply;
  }
}

function setup(options: { parentOrigin?: string | null; allowed?: string[] } = {}) {
  const listeners = new Set<(e: MessageEvent) => void>();
  const self: MessageSource = { addEventListener: (_t, l) => listeners.add(l), removeEventListener: (_t, l) => listeners.delete(l) };
  const posted: { message: Record<string, unknown>; origin: string }[] = [];
  const parent = { postMessage: (message: unknown, origin: string) => posted.push({ message: message as Record<string, unknown>, origin }) };
  const assistant = new FakeAssistant();
  const disconnect = connectFrameBridge({ self, parent, allowed: options.allowed ?? [HOST], parentOrigin: options.parentOrigin ?? null, assistant });
  const send = (data: unknown, origin = HOST, source: unknown = parent) => {
    for (const l of listeners) l({ data, origin, source } as unknown as MessageEvent);
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { posted, assistant, send, settle, disconnect, listeners };
}

describe('iframe bridge', () => {
  it('hears a request from the allowed parent and answers that origin by name, with the request id', async () => {
    const t = setup();
    t.send({ type: 'polyvox:hear', id: 'q1', text: 'turn on the light' });
    await t.settle();
    expect(t.assistant.heard).toEqual(['turn on the light']);
    const turn = t.posted.filter((p) => p.message.type !== 'polyvox:ready');
    expect(turn.map((p) => [p.message.type, p.message.id, p.origin])).toEqual([
      ['polyvox:understood', 'q1', HOST],
      ['polyvox:replied', 'q1', HOST],
    ]);
    expect(turn[1]?.message).toMatchObject({ text: 'done: turn on the light', effect: 'light:on' });
    expect(t.posted.some((p) => p.origin === '*')).toBe(false);
  });

  it('ignores another origin, a look-alike origin, "null", and a window that is not its parent', async () => {
    const t = setup();
    t.send({ type: 'polyvox:hear', text: 'a' }, 'https://evil.example.com');
    t.send({ type: 'polyvox:hear', text: 'b' }, 'https://docs.example.com.evil.example.com');
    t.send({ type: 'polyvox:hear', text: 'c' }, 'null');
    t.send({ type: 'polyvox:hear', text: 'd' }, HOST, { postMessage() {} });
    await t.settle();
    expect(t.assistant.heard).toEqual([]);
    expect(t.posted).toEqual([]);
  });

  it('talks only to the origin the browser names as the parent when it names one', async () => {
    const other = 'https://other.example.org';
    const t = setup({ parentOrigin: HOST, allowed: [HOST, other] });
    await t.settle();
    expect(t.posted.map((p) => [p.message.type, p.origin])).toEqual([['polyvox:ready', HOST]]);
    t.send({ type: 'polyvox:hear', text: 'x' }, other);
    await t.settle();
    expect(t.assistant.heard).toEqual([]);
  });

  it('says nothing before an allowed parent spoke when the browser does not name it, then answers hello with ready', async () => {
    const t = setup();
    await t.settle();
    expect(t.posted).toEqual([]);
    t.send({ type: 'polyvox:hello' });
    await t.settle();
    expect(t.posted).toEqual([{ message: { type: 'polyvox:ready', locale: 'en-US', model: 'polyvox-nlu-v12' }, origin: HOST }]);
  });

  it('hears requests one at a time, each event tagged with its own id', async () => {
    const t = setup();
    t.send({ type: 'polyvox:hear', id: 'a', text: 'one' });
    t.send({ type: 'polyvox:hear', id: 7, text: 'two' });
    await t.settle();
    await t.settle();
    const turns = t.posted.filter((p) => p.message.type !== 'polyvox:ready');
    expect(turns.map((p) => `${String(p.message.type)}:${String(p.message.id)}`)).toEqual([
      'polyvox:understood:a',
      'polyvox:replied:a',
      'polyvox:understood:7',
      'polyvox:replied:7',
    ]);
  });

  it('switches locale only to a known one, and stops listening when disconnected', async () => {
    const t = setup();
    t.send({ type: 'polyvox:set-locale', locale: 'de-DE' });
    expect(t.assistant.locale).toBe('de-DE');
    t.send({ type: 'polyvox:set-locale', locale: 'xx-YY' });
    expect(t.assistant.locale).toBe('de-DE');
    expect(t.posted.at(-1)?.message).toMatchObject({ type: 'polyvox:error', code: 'locale' });
    t.disconnect();
    expect(t.listeners.size).toBe(0);
  });
});

describe('host messages', () => {
  it('accepts the three message types and refuses malformed or oversized ones', () => {
    expect(readHostMessage({ type: 'polyvox:hear', text: 'hi', id: 'x' })).toEqual({ type: 'polyvox:hear', id: 'x', text: 'hi' });
    expect(readHostMessage({ type: 'polyvox:hello', extra: 1 })).toEqual({ type: 'polyvox:hello' });
    expect(readHostMessage({ type: 'polyvox:set-locale', locale: 'ar-SA' })).toEqual({ type: 'polyvox:set-locale', locale: 'ar-SA' });
    expect(readHostMessage({ type: 'polyvox:hear', text: 'x'.repeat(1001) })).toBeNull();
    expect(readHostMessage({ type: 'polyvox:hear', text: 42 })).toBeNull();
    expect(readHostMessage({ type: 'polyvox:set-locale', locale: '<script>' })).toBeNull();
    expect(readHostMessage('polyvox:hello')).toBeNull();
    expect(readHostMessage(null)).toBeNull();
    expect(readHostMessage([{ type: 'polyvox:hello' }])).toBeNull();
    expect(readHostMessage({ type: 'other' })).toBeNull();
  });
});
