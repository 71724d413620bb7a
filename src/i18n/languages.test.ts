import { describe, expect, it } from 'vitest';
import { exampleLocales, examplesFor } from './examples.ts';
import { findLanguage, intlName, langTag, languages, pickLocale } from './languages.ts';
import { tr } from './strings.ts';

describe('languages', () => {
  it('lists the 52 MASSIVE locales once each', () => {
    expect(languages).toHaveLength(52);
    expect(new Set(languages.map((l) => l.code)).size).toBe(52);
    expect(languages.map((l) => l.code)).toContain('sl-SL');
  });

  it('marks exactly Arabic, Persian, Hebrew and Urdu as right-to-left', () => {
    expect(languages.filter((l) => l.rtl).map((l) => l.code).sort()).toEqual(['ar-SA', 'fa-IR', 'he-IL', 'ur-PK']);
  });

  it('names each locale in its own language', () => {
    expect(findLanguage('de-DE')?.nativeName).toBe('Deutsch');
    expect(findLanguage('ja-JP')?.nativeName).toBe('日本語');
    expect(findLanguage('ru-RU')?.nativeName).toBe('Русский');
    expect(findLanguage('he-IL')?.nativeName).toBe('עברית');
    expect(findLanguage('zh-CN')?.nativeName).not.toBe(findLanguage('zh-TW')?.nativeName);
    expect(new Set(languages.map((l) => l.nativeName)).size).toBe(52);
  });

  it('has fallback endonyms that agree with full ICU data', () => {
    // Node ships full ICU; the table's endonyms are what browsers with trimmed ICU show.
    for (const l of languages) {
      const icu = intlName(langTag(l.code), langTag(l.code));
      if (icu) expect(l.nativeName.toLocaleLowerCase(), l.code).toBe(icu.toLocaleLowerCase());
    }
    expect(findLanguage('km-KH')?.nativeName).toBe('ខ្មែរ');
    expect(findLanguage('cy-GB')?.nativeName).toBe('Cymraeg');
  });

  it('maps MASSIVE codes to valid BCP 47 tags', () => {
    expect(langTag('sl-SL')).toBe('sl');
    expect(langTag('zh-TW')).toBe('zh-Hant');
    expect(langTag('xx-XX')).toBe('xx-XX');
  });

  it('picks a locale from browser preferences', () => {
    expect(pickLocale(['fr-CA', 'en-US'])).toBe('fr-FR');
    expect(pickLocale(['ko-KR'])).toBe('ko-KR');
    expect(pickLocale(['xx'])).toBe('en-US');
  });
});

describe('examples', () => {
  it('has at least three project-written examples for every locale', () => {
    expect(exampleLocales().sort()).toEqual(languages.map((l) => l.code).sort());
    for (const l of languages) {
      const ex = examplesFor(l.code);
      expect(ex.length, l.code).toBeGreaterThanOrEqual(3);
      for (const text of ex) expect(text.trim().length, l.code).toBeGreaterThan(0);
    }
  });

  it('writes Thai, Khmer and Burmese examples with spaces between words, as the model expects', () => {
    for (const code of ['th-TH', 'km-KH', 'my-MM']) {
      for (const text of examplesFor(code)) expect(text.split(' ').length, text).toBeGreaterThan(1);
    }
  });
});

describe('t', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(tr('loadingModel', 'en-US', { percent: 42 })).toBe('Loading model… 42%');
    expect(tr('errorTooLong', 'en-US', { length: 1200 })).toBe('That is 1200 characters; the limit is {max}. Shorten it and try again.');
  });
});
