import { describe, expect, it } from 'vitest';
import type { EspeakSpeaker } from './espeakSpeaker.ts';
import { BrowserSpeaker, type SynthLike } from './browserSpeaker.ts';

interface FakeUtterance {
  text: string;
  voice: SpeechSynthesisVoice | null;
  lang: string;
  rate: number;
  onend: (() => void) | null;
  onerror: ((e: { error: string }) => void) | null;
}

function fakeSynth(voices: Array<Partial<SpeechSynthesisVoice>>) {
  const spoken: FakeUtterance[] = [];
  let cancelled = 0;
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices.map((x) => ({ localService: true, default: false, voiceURI: x.name, ...x }) as SpeechSynthesisVoice),
    speak: (u: SpeechSynthesisUtterance) => spoken.push(u as unknown as FakeUtterance),
    cancel: () => {
      cancelled++;
      spoken.at(-1)?.onerror?.({ error: 'interrupted' });
    },
  }) satisfies SynthLike;
  return { synth, spoken, cancelled: () => cancelled };
}

function fakeEspeak() {
  const calls: string[] = [];
  const fallback = {
    rate: 1,
    speak: async (text: string, locale: string) => void calls.push(`${locale}:${text}`),
    stop: () => void calls.push('stop'),
  } as unknown as EspeakSpeaker;
  return { fallback, calls };
}

const makeUtterance = (text: string) =>
  ({ text, voice: null, lang: '', rate: 1, onend: null, onerror: null }) as unknown as SpeechSynthesisUtterance;

describe('BrowserSpeaker', () => {
  it('speaks with the best local voice at the chosen rate and resolves on end', async () => {
    const { synth, spoken } = fakeSynth([{ name: 'Remote', lang: 'de-DE', localService: false }, { name: 'Local', lang: 'de-DE' }]);
    const speaker = new BrowserSpeaker({ synth, fallback: null, makeUtterance });
    speaker.rate = 1.4;
    const done = speaker.speak('Hallo', 'de-DE');
    const u = spoken[0]!;
    expect(u.voice?.name).toBe('Local');
    expect(u.lang).toBe('de-DE');
    expect(u.rate).toBe(1.4);
    u.onend?.();
    await expect(done).resolves.toBeUndefined();
  });

  it('falls back to eSpeak when no browser voice speaks the locale', async () => {
    const { synth } = fakeSynth([{ name: 'English', lang: 'en-US' }]);
    const { fallback, calls } = fakeEspeak();
    const speaker = new BrowserSpeaker({ synth, fallback, makeUtterance });
    expect(speaker.voiceFor('hi-IN')?.engine).toBe('espeak');
    await speaker.speak('नमस्ते', 'hi-IN');
    expect(calls).toContain('hi-IN:नमस्ते');
  });

  it('uses the voice the user picked, and automatic again after null', async () => {
    const { synth } = fakeSynth([{ name: 'A', lang: 'de-DE' }, { name: 'B', lang: 'de-AT' }]);
    const { fallback } = fakeEspeak();
    const speaker = new BrowserSpeaker({ synth, fallback, makeUtterance });
    expect(speaker.voiceFor('de-DE')?.name).toBe('A');
    speaker.setVoice('de-DE', 'espeak');
    expect(speaker.voiceFor('de-DE')?.engine).toBe('espeak');
    speaker.setVoice('de-DE', 'browser:B');
    expect(speaker.voiceFor('de-DE')?.name).toBe('B');
    speaker.setVoice('de-DE', null);
    expect(speaker.voiceFor('de-DE')?.name).toBe('A');
  });

  it('stop() (barge-in) cancels speech and resolves the pending speak', async () => {
    const { synth, cancelled } = fakeSynth([{ name: 'A', lang: 'en-US' }]);
    const { fallback, calls } = fakeEspeak();
    const speaker = new BrowserSpeaker({ synth, fallback, makeUtterance });
    const done = speaker.speak('a long answer', 'en-US');
    speaker.stop();
    await expect(done).resolves.toBeUndefined();
    expect(cancelled()).toBe(1);
    expect(calls).toContain('stop');
  });

  it('rejects with no-voice when nothing can speak the locale', async () => {
    const { synth } = fakeSynth([]);
    const speaker = new BrowserSpeaker({ synth, fallback: null, makeUtterance });
    await expect(speaker.speak('x', 'km-KH')).rejects.toMatchObject({ kind: 'no-voice' });
  });

  it('rejects on a real synthesis error', async () => {
    const { synth, spoken } = fakeSynth([{ name: 'A', lang: 'en-US' }]);
    const speaker = new BrowserSpeaker({ synth, fallback: null, makeUtterance });
    const done = speaker.speak('x', 'en-US');
    spoken[0]!.onerror?.({ error: 'synthesis-failed' });
    await expect(done).rejects.toMatchObject({ kind: 'engine' });
  });
});
