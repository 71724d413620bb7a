import { describe, expect, it } from 'vitest';
import { rankVoices, voiceList, voiceScore, type VoiceLike } from './voiceRanking.ts';

const v = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  voiceURI: name,
  name,
  lang,
  localService,
  default: isDefault,
});

describe('voice ranking', () => {
  const voices = [
    v('Google Deutsch', 'de-DE', false),
    v('Austrian', 'de-AT'),
    v('German', 'de-DE'),
    v('English', 'en-US', true, true),
    v('Swiss', 'de_CH'),
  ];

  it('prefers on-device voices, then the exact locale, then the same language', () => {
    expect(rankVoices(voices, 'de-DE').map((x) => x.name)).toEqual(['German', 'Austrian', 'Swiss', 'Google Deutsch']);
  });

  it('drops voices of other languages', () => {
    expect(voiceScore(v('English', 'en-US'), 'de-DE')).toBe(0);
    expect(rankVoices(voices, 'fr-FR')).toEqual([]);
  });

  it('uses the default flag only to break ties and keeps list order otherwise', () => {
    const list = [v('A', 'en-GB'), v('B', 'en-GB', true, true), v('C', 'en-GB')];
    expect(rankVoices(list, 'en-US').map((x) => x.name)).toEqual(['B', 'A', 'C']);
  });

  it('matches renamed languages (nb/no, tl/fil) and MASSIVE’s sl-SL to sl-SI voices', () => {
    expect(rankVoices([v('Norsk', 'no-NO')], 'nb-NO')).toHaveLength(1);
    expect(rankVoices([v('Filipino', 'fil-PH')], 'tl-PH')).toHaveLength(1);
    expect(voiceScore(v('Slovenian', 'sl-SI'), 'sl-SL')).toBe(120);
  });

  it('puts eSpeak after on-device voices and before online ones', () => {
    const list = voiceList(voices, 'de-DE', 'de');
    expect(list.map((x) => x.name)).toEqual(['German', 'Austrian', 'Swiss', 'eSpeak NG', 'Google Deutsch']);
    expect(list.find((x) => x.engine === 'espeak')).toMatchObject({ id: 'espeak', local: true, lang: 'de' });
    expect(list.at(-1)).toMatchObject({ id: 'browser:Google Deutsch', local: false });
  });

  it('offers only eSpeak when the browser has no voice, and nothing when neither covers the locale', () => {
    expect(voiceList([], 'hi-IN', 'hi').map((x) => x.id)).toEqual(['espeak']);
    expect(voiceList([], 'km-KH', null)).toEqual([]);
  });
});
