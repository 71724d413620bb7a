/**
 * Checks ESPEAK_LOCALES against the real engine in Node: each mapped voice loads and speaks
 * the locale's example utterance; the locales left out really lack a voice. Also checks that
 * the copy the app serves (public/espeak/) is the npm package's, byte for byte.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ESPEAK_FILES, ESPEAK_PACKAGE_DIR } from '../../../build/espeakAssets.ts';
import { examplesFor } from '../../i18n/examples.ts';
import { languages } from '../../i18n/languages.ts';
import { rms } from '../audio/level.ts';
import { synthesize, type EspeakFactory, type EspeakNative } from './engine.ts';
import { ESPEAK_LOCALES, ESPEAK_MISSING, ESPEAK_VOICES, espeakWpm } from './voices.ts';


let engine: EspeakNative;
let textToPhonemes: (text: string) => string;

beforeAll(async () => {
  // NOTE: loaded by URL, as the worker does; the package ships no type declarations.
  const mod = (await import(pathToFileURL(join(ESPEAK_PACKAGE_DIR, 'espeak-ng.js')).href)) as { default: EspeakFactory };
  const module = (await mod.default()) as unknown as {
    eSpeakNGWorker: new () => EspeakNative & { text_to_phonemes(t: string, ipa: boolean): { ptr: number } };
    HEAPU8: Uint8Array;
  };
  const native = new module.eSpeakNGWorker();
  engine = native;
  textToPhonemes = (text) => {
    const ptr = native.text_to_phonemes(text, true).ptr;
    const end = module.HEAPU8.indexOf(0, ptr);
    return new TextDecoder().decode(module.HEAPU8.slice(ptr, end));
  };
});

describe('eSpeak NG coverage of the MASSIVE locales', () => {
  it('splits the 52 locales into covered and missing', () => {
    const all = languages.map((l) => l.code).sort();
    expect([...ESPEAK_LOCALES, ...ESPEAK_MISSING].sort()).toEqual(all);
    expect(ESPEAK_LOCALES).toHaveLength(47);
  });

  it('speaks every covered locale’s example utterance', () => {
    for (const locale of ESPEAK_LOCALES) {
      const text = examplesFor(locale)[2] ?? '';
      const pcm = synthesize(engine, text, ESPEAK_VOICES[locale]!, espeakWpm(1));
      const seconds = pcm.samples.length / pcm.sampleRate;
      expect(pcm.sampleRate).toBe(22050);
      expect(seconds, locale).toBeGreaterThan(0.4);
      expect(seconds, locale).toBeLessThan(6);
      expect(rms(pcm.samples), locale).toBeGreaterThan(0.03);
    }
  });

  it('has no voice for jv, km, mn, tl and reads Japanese kanji as English', () => {
    for (const lang of ['jv', 'km', 'mn', 'tl', 'fil']) expect(engine.set_voice('', lang, 0, 0, 0), lang).not.toBe(0);
    expect(engine.set_voice('', 'ja', 0, 0, 0)).toBe(0);
    expect(textToPhonemes('電気')).toContain('(en)');
  });

  it('maps the speaker rate to words per minute within eSpeak’s range', () => {
    expect(espeakWpm(1)).toBe(175);
    expect(espeakWpm(2)).toBe(350);
    expect(espeakWpm(0.1)).toBe(80);
    expect(espeakWpm(Number.NaN)).toBe(175);
    const slow = synthesize(engine, 'one two three', 'en-us', espeakWpm(0.5)).samples.length;
    const fast = synthesize(engine, 'one two three', 'en-us', espeakWpm(2)).samples.length;
    expect(slow).toBeGreaterThan(fast * 2);
  });

  it('throws a voice error for an unknown voice', () => {
    expect(() => synthesize(engine, 'x', 'xx', 175)).toThrow(/no voice/);
  });
});

describe('served files', () => {
  it('the build plugin serves exactly the three files the engine loads, from the installed package', () => {
    expect(Object.keys(ESPEAK_FILES).sort()).toEqual(['COPYING', 'espeak-ng.data', 'espeak-ng.js']);
    for (const file of Object.keys(ESPEAK_FILES)) expect(existsSync(join(ESPEAK_PACKAGE_DIR, file)), file).toBe(true);
    expect(readFileSync(join(ESPEAK_PACKAGE_DIR, 'COPYING'), 'utf8')).toMatch(/GNU GENERAL PUBLIC LICENSE\s+Version 3/);
  });
});
