import { describe, expect, it } from 'vitest';
import { languages } from '../i18n/languages.ts';
import { baseLanguage, localeMatch, speechTag } from './locales.ts';

describe('speechTag', () => {
  it('gives a canonical BCP 47 tag with a real region for all 52 locales', () => {
    expect(languages).toHaveLength(52);
    for (const { code } of languages) {
      const tag = speechTag(code);
      expect(Intl.getCanonicalLocales(tag)[0], code).toBe(tag);
      expect(tag, code).toMatch(/^[a-z]{2,3}-[A-Z]{2}$/);
    }
  });

  it('fixes the MASSIVE codes that are not real tags', () => {
    expect(speechTag('sl-SL')).toBe('sl-SI');
    expect(speechTag('tl-PH')).toBe('fil-PH');
    expect(speechTag('zh-TW')).toBe('zh-TW');
    expect(speechTag('pt-PT')).toBe('pt-PT');
    expect(speechTag('en-US')).toBe('en-US');
  });
});

describe('localeMatch', () => {
  it('scores exact, same-language and foreign tags', () => {
    expect(localeMatch('de-DE', 'de-DE')).toBe(2);
    expect(localeMatch('de_DE', 'de-DE')).toBe(2);
    expect(localeMatch('sl-SI', 'sl-SL')).toBe(2);
    expect(localeMatch('de-AT', 'de-DE')).toBe(1);
    expect(localeMatch('nl-NL', 'de-DE')).toBe(0);
  });

  it('folds the aliases browsers report', () => {
    expect(localeMatch('no-NO', 'nb-NO')).toBe(1);
    expect(localeMatch('fil-PH', 'tl-PH')).toBe(2);
    expect(localeMatch('iw-IL', 'he-IL')).toBe(1);
    expect(baseLanguage('in-ID')).toBe('id');
  });
});
