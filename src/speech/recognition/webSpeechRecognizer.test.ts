import { describe, expect, it } from 'vitest';
import { makeFakeSpeechRecognition, type FakeSpeechSetup } from '../../../testing/speech/fakeSpeechRecognition.ts';
import type { RecognizerError, RecognizerState, StartOptions } from './types.ts';
import { WebSpeechRecognizer } from './webSpeechRecognizer.ts';

const PTT: StartOptions = { locale: 'de-DE', mode: 'push-to-talk', allowOnline: false };

function setup(fake: FakeSpeechSetup = {}) {
  const env = makeFakeSpeechRecognition(fake);
  const rec = new WebSpeechRecognizer(env.scope);
  const states: RecognizerState[] = [];
  const errors: RecognizerError[] = [];
  const finals: string[] = [];
  const interims: string[] = [];
  rec.on('state', (e) => states.push(e.state));
  rec.on('error', (e) => errors.push(e));
  rec.on('final', (e) => finals.push(e.text));
  rec.on('interim', (e) => interims.push(e.text));
  return { ...env, rec, states, errors, finals, interims, last: () => env.instances.at(-1)! };
}

describe('WebSpeechRecognizer', () => {
  it('reports unsupported when the browser has no SpeechRecognition', async () => {
    const rec = new WebSpeechRecognizer({});
    const errors: RecognizerError[] = [];
    rec.on('error', (e) => errors.push(e));
    await rec.start(PTT);
    expect(errors.map((e) => e.reason)).toEqual(['unsupported']);
    expect(rec.state).toBe('error');
    expect(await rec.availability('de-DE')).toBe('unavailable');
  });

  it('runs on-device with the mapped tag when the language pack is there', async () => {
    const t = setup({ local: 'available' });
    await t.rec.start({ locale: 'sl-SL', mode: 'push-to-talk', allowOnline: false });
    const r = t.last();
    expect(r.lang).toBe('sl-SI');
    expect((r as unknown as { processLocally: boolean }).processLocally).toBe(true);
    expect(r.continuous).toBe(false);
    expect(r.interimResults).toBe(true);
    expect(r.started).toBe(1);
    r.fireStart();
    expect(t.rec.state).toBe('listening');
    expect(t.rec.processing).toBe('local');
  });

  it('installs a downloadable language pack and then runs on-device', async () => {
    const t = setup({ local: 'downloadable', install: true });
    await t.rec.start(PTT);
    expect(t.calls.map((c) => c.method)).toEqual(['available', 'install']);
    expect(t.calls[1]!.options).toEqual({ langs: ['de-DE'], processLocally: true });
    expect((t.last() as unknown as { processLocally: boolean }).processLocally).toBe(true);
  });

  it('says the pack failed when install fails and online is not allowed', async () => {
    const t = setup({ local: 'downloadable', install: false, remote: 'available' });
    await t.rec.start(PTT);
    expect(t.errors.map((e) => e.reason)).toEqual(['language-pack-failed']);
    expect(t.instances).toHaveLength(0);
    expect(t.states).toEqual(['starting', 'error']);
  });

  it('needs the user’s permission before using the online service', async () => {
    const t = setup({ local: 'unavailable', remote: 'available' });
    await t.rec.start(PTT);
    expect(t.errors.map((e) => e.reason)).toEqual(['online-not-allowed']);
    expect(t.instances).toHaveLength(0);

    const allowed = setup({ local: 'unavailable', remote: 'available' });
    await allowed.rec.start({ ...PTT, allowOnline: true });
    const r = allowed.last();
    expect((r as unknown as { processLocally: boolean }).processLocally).toBe(false);
    r.fireStart();
    expect(allowed.rec.processing).toBe('online');
  });

  it('treats a browser without the on-device API as online-only', async () => {
    const t = setup({ noLocalApi: true });
    expect(await t.rec.availability('de-DE')).toBe('online');
    await t.rec.start(PTT);
    expect(t.errors.map((e) => e.reason)).toEqual(['online-not-allowed']);
  });

  it('reports an unsupported locale', async () => {
    const t = setup({ local: 'unavailable', remote: 'unavailable' });
    expect(await t.rec.availability('km-KH')).toBe('unavailable');
    await t.rec.start({ ...PTT, allowOnline: true });
    expect(t.errors.map((e) => e.reason)).toEqual(['locale-unsupported']);
  });

  it('emits interim and final transcripts', async () => {
    const t = setup();
    await t.rec.start(PTT);
    const r = t.last();
    r.fireStart();
    r.fireResult([{ text: 'mach das ', final: false }]);
    r.fireResult([{ text: 'mach das Licht an', final: true, confidence: 0.9 }]);
    expect(t.interims).toEqual(['mach das', '']);
    expect(t.finals).toEqual(['mach das Licht an']);
    t.rec.stop();
    expect(t.rec.state).toBe('stopping');
    expect(r.stopped).toBe(1);
    r.fireEnd();
    expect(t.states).toEqual(['starting', 'listening', 'stopping', 'idle']);
  });

  it.each([
    ['not-allowed', 'mic-denied'],
    ['audio-capture', 'mic-missing'],
    ['language-not-supported', 'locale-unsupported'],
    ['network', 'network'],
    ['service-not-allowed', 'service-unavailable'],
    ['bad-grammar', 'unknown'],
  ])('maps the engine error %s to %s and ends the session even without an end event', async (code, reason) => {
    const t = setup();
    await t.rec.start(PTT);
    const r = t.last();
    r.fireStart();
    r.fireError(code);
    expect(t.errors.map((e) => e.reason)).toEqual([reason]);
    expect(t.rec.state).toBe('error');
    r.fireEnd(); // a late end must not turn the error into idle
    expect(t.rec.state).toBe('error');
  });

  it('in hands-free mode restarts after each end and ignores no-speech', async () => {
    const t = setup();
    await t.rec.start({ ...PTT, mode: 'hands-free' });
    const r = t.last();
    expect(r.continuous).toBe(true);
    r.fireStart();
    r.fireError('no-speech');
    r.fireEnd();
    expect(t.errors).toEqual([]);
    expect(r.started).toBe(2);
    r.fireResult([{ text: 'hallo', final: true }]);
    r.fireEnd();
    expect(r.started).toBe(3);
    t.rec.stop();
    r.fireEnd();
    expect(t.rec.state).toBe('idle');
    expect(r.started).toBe(3);
  });

  it('gives up hands-free after repeated restarts that heard nothing', async () => {
    const t = setup();
    await t.rec.start({ ...PTT, mode: 'hands-free' });
    const r = t.last();
    r.fireStart();
    for (let i = 0; i < 10; i++) r.fireEnd();
    expect(r.started).toBe(6);
    expect(t.rec.state).toBe('idle');
  });

  it('a stop while the availability check runs starts nothing', async () => {
    const t = setup({ local: 'available' });
    const pending = t.rec.start(PTT);
    t.rec.stop();
    await pending;
    expect(t.instances).toHaveLength(0);
    expect(t.rec.state).toBe('idle');
  });

  it('an aborted event from our own abort() is not an error', async () => {
    const t = setup();
    await t.rec.start(PTT);
    const r = t.last();
    r.fireStart();
    r.fireError('aborted');
    expect(t.errors).toEqual([]);
  });
});
