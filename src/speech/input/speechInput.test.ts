import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeRecognizer } from '../../../testing/speech/fakeRecognizer.ts';
import { SpeechInput } from './speechInput.ts';

const START = { locale: 'en-US', mode: 'push-to-talk', allowOnline: false } as const;

/** A minimal Web Audio + rAF stand-in: the analyser returns a fixed sine at amplitude 0.1. */
function installFakeAudio() {
  const frames: Array<() => void> = [];
  class FakeAudioContext {
    closed = false;
    createMediaStreamSource = () => ({ connect: () => undefined, disconnect: () => undefined });
    createAnalyser = () => ({
      fftSize: 0,
      getFloatTimeDomainData: (buf: Float32Array) => {
        for (let i = 0; i < buf.length; i++) buf[i] = 0.1 * Math.sin(i / 3);
      },
    });
    resume = async () => undefined;
    close = async () => {
      this.closed = true;
    };
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  return { tick: () => frames.splice(0).forEach((fn) => fn()) };
}

function fakeStream() {
  const track = { readyState: 'live', stop() { this.readyState = 'ended'; } };
  return { track, stream: { getTracks: () => [track] } as unknown as MediaStream };
}

describe('SpeechInput', () => {
  let audio: ReturnType<typeof installFakeAudio>;
  beforeEach(() => {
    audio = installFakeAudio();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('listens, meters the mic, passes transcripts on and releases the mic on stop', async () => {
    const rec = new FakeRecognizer();
    const { track, stream } = fakeStream();
    const bargeIn = vi.fn();
    const input = new SpeechInput({ recognizer: rec, bargeIn, getUserMedia: async () => stream });
    const levels: number[] = [];
    input.level.subscribe((l) => levels.push(l));
    const finals: string[] = [];
    input.onFinal((t) => finals.push(t));

    await input.start(START);
    expect(bargeIn).toHaveBeenCalledOnce();
    expect(input.getSnapshot()).toMatchObject({ status: 'listening', processing: 'local', error: null });
    audio.tick();
    expect(levels.at(-1)).toBeGreaterThan(0.5);

    rec.hearInterim('set an alarm');
    expect(input.getSnapshot().interim).toBe('set an alarm');
    input.stop();
    expect(finals).toEqual(['set an alarm']);
    expect(input.getSnapshot()).toMatchObject({ status: 'idle', interim: '' });
    expect(track.readyState).toBe('ended');
    expect(levels.at(-1)).toBe(0);
  });

  it.each([
    ['NotAllowedError', 'mic-denied'],
    ['NotFoundError', 'mic-missing'],
  ])('a getUserMedia %s becomes %s and the recognizer never starts', async (name, reason) => {
    const rec = new FakeRecognizer();
    const input = new SpeechInput({
      recognizer: rec,
      getUserMedia: () => Promise.reject(new DOMException('no', name)),
    });
    await input.start(START);
    expect(input.getSnapshot()).toMatchObject({ status: 'error', error: { reason } });
    expect(rec.starts).toEqual([]);
    input.reset();
    expect(input.getSnapshot().status).toBe('idle');
  });

  it('reports unsupported when no recognizer exists', async () => {
    const input = new SpeechInput({ recognizer: null, getUserMedia: async () => fakeStream().stream });
    await input.start(START);
    expect(input.getSnapshot().error?.reason).toBe('unsupported');
  });

  it('a recognizer error ends listening and releases the mic', async () => {
    const rec = new FakeRecognizer();
    const { track, stream } = fakeStream();
    const input = new SpeechInput({ recognizer: rec, getUserMedia: async () => stream });
    await input.start(START);
    rec.fail('online-not-allowed');
    expect(input.getSnapshot()).toMatchObject({ status: 'error', error: { reason: 'online-not-allowed' } });
    expect(track.readyState).toBe('ended');
  });

  it('the recognizer ending by itself (end of utterance) returns to idle', async () => {
    const rec = new FakeRecognizer();
    const { track, stream } = fakeStream();
    const input = new SpeechInput({ recognizer: rec, getUserMedia: async () => stream });
    await input.start(START);
    rec.stop();
    expect(input.getSnapshot().status).toBe('idle');
    expect(track.readyState).toBe('ended');
  });
});
