/**
 * UI chrome translations: the required languages exist, every translated language covers
 * every 'inspector' key with the English placeholders (ICU: `{name}`, `{count, plural, …}`),
 * other namespaces only use real keys, each language is written in its own script, and counts
 * take the language's plural forms.
 */
import { describe, expect, it } from 'vitest';
import { EN as CONVERSATION_EN } from '../../conversation/ui/strings.ts';
import { EN as DIALOG_EN } from '../../dialog/ui/strings.ts';
import { EN as SPEECH_EN } from '../../speech/ui/strings.ts';
import { EN as INSPECTOR_EN, tr } from '../strings.ts';
import { messageArguments, messageBranches, parseMessage, translatedLanguages, uiTextLang } from '../uiText.ts';
import { UI_TRANSLATIONS } from './index.ts';

const SOURCES: Record<string, Readonly<Record<string, string>>> = {
  inspector: INSPECTOR_EN,
  speech: SPEECH_EN,
  conversation: CONVERSATION_EN,
  dialog: DIALOG_EN,
};
/** Each ICU argument with how it is used (`{n}` text, `{n, plural, …}` plural), sorted. */
const placeholders = (s: string) => [...messageArguments(s)].sort(([a], [b]) => a.localeCompare(b));

/** The 12 largest languages besides English (zh-TW kept apart for its script). */
const REQUIRED = ['zh', 'zh-TW', 'hi', 'es', 'ar', 'fr', 'bn', 'pt', 'ru', 'ja', 'de', 'id', 'ur'];

const SCRIPT: Record<string, RegExp> = {
  zh: /\p{Script=Han}/u,
  'zh-TW': /\p{Script=Han}/u,
  hi: /\p{Script=Devanagari}/u,
  ar: /\p{Script=Arabic}/u,
  ur: /\p{Script=Arabic}/u,
  bn: /\p{Script=Bengali}/u,
  ru: /\p{Script=Cyrillic}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
};

describe('UI translations', () => {
  it('cover the required languages', () => {
    expect(translatedLanguages().sort()).toEqual([...REQUIRED].sort());
  });

  it.each(REQUIRED)('%s: translates every inspector key with the English placeholders', (lang) => {
    const dict = UI_TRANSLATIONS[lang]?.inspector ?? {};
    expect(Object.keys(dict).sort()).toEqual(Object.keys(INSPECTOR_EN).sort());
    for (const [key, text] of Object.entries(dict)) {
      expect(placeholders(text), `${lang}.inspector.${key}`).toEqual(placeholders(INSPECTOR_EN[key as keyof typeof INSPECTOR_EN]));
    }
  });

  it.each(REQUIRED)('%s: other namespaces use only real keys, with the English placeholders', (lang) => {
    for (const [ns, dict] of Object.entries(UI_TRANSLATIONS[lang] ?? {})) {
      const en = SOURCES[ns];
      expect(en, `unknown namespace ${ns}`).toBeDefined();
      for (const [key, text] of Object.entries(dict)) {
        expect(en, `${lang}.${ns}.${key}`).toHaveProperty([key]);
        expect(placeholders(text), `${lang}.${ns}.${key}`).toEqual(placeholders(en![key]!));
        expect(text.trim(), `${lang}.${ns}.${key}`).toBe(text);
        expect(text, `${lang}.${ns}.${key}`).not.toMatch(/[<>]/);
      }
    }
  });

  it.each(Object.entries(SCRIPT))('%s: is written in its own script', (lang, letter) => {
    const dict = UI_TRANSLATIONS[lang]?.inspector ?? {};
    const untranslated = Object.entries(dict).filter(([key, text]) => key !== 'appTitle' && !letter.test(text));
    expect(untranslated).toEqual([]);
  });

  it('keeps Simplified and Traditional Chinese apart', () => {
    const all = (lang: string) => Object.values(UI_TRANSLATIONS[lang] ?? {}).flatMap((d) => Object.values(d)).join('');
    expect(all('zh')).not.toMatch(/[這語輸鐘燈試範載啟動後執緒結圖總關離頁檔損]/u);
    expect(all('zh-TW')).not.toMatch(/[这语输钟灯试范载启动后执线结图总关离页档损]/u);
  });
});

describe('inspector translator', () => {
  it('uses the locale language, per key, with English as the fallback', () => {
    expect(tr('submit', 'de-DE')).toBe('Verstehen');
    expect(tr('submit', 'pt-PT')).toBe('Compreender');
    expect(tr('submit', 'zh-CN')).toBe('理解');
    expect(tr('localeLabel', 'zh-TW')).toBe('語言');
    expect(tr('localeLabel', 'zh-CN')).toBe('语言');
    expect(tr('submit', 'sw-KE')).toBe('Understand');
    expect(tr('errorTooLong', 'ru-RU', { length: 4000, max: 3800 })).toContain('4000');
  });

  it('names the language the chrome is actually in', () => {
    expect(uiTextLang('de-DE', 'inspector')).toBe('de');
    expect(uiTextLang('zh-TW', 'inspector')).toBe('zh-Hant');
    expect(uiTextLang('sw-KE', 'inspector')).toBe('en');
    expect(uiTextLang('de-DE', 'no-such-namespace')).toBe('en');
  });
});

describe('counts in UI strings', () => {
  const all = (): [string, string, string][] => [
    ...Object.entries(SOURCES).flatMap(([ns, dict]) => Object.entries(dict).map(([k, t]) => ['en', `${ns}.${k}`, t] as [string, string, string])),
    ...Object.entries(UI_TRANSLATIONS).flatMap(([lang, nss]) =>
      Object.entries(nss).flatMap(([ns, dict]) => Object.entries(dict).map(([k, t]) => [lang, `${ns}.${k}`, t] as [string, string, string])),
    ),
  ];

  it('every string, English and translated, is valid ICU MessageFormat without quoting apostrophes', () => {
    for (const [lang, id, text] of all()) {
      expect(() => parseMessage(text), `${lang}.${id}`).not.toThrow();
      expect(text, `${lang}.${id}`).not.toMatch(/'[{}#|']/);
    }
  });

  it('plurals have exactly the CLDR categories of the language', () => {
    let plurals = 0;
    for (const [lang, id, text] of all()) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const { kind, branches } of messageBranches(text)) {
        if (kind !== 'plural') continue;
        plurals++;
        expect(Object.keys(branches).filter((k) => !k.startsWith('=')).sort(), `${lang}.${id}`).toEqual([...categories].sort());
      }
    }
    expect(plurals).toBe(3 * (REQUIRED.length + 1));
  });

  it('counts take the plural form of the language', () => {
    expect(tr('threads', 'en-US', { n: 1 })).toBe('1 thread');
    expect(tr('threads', 'en-US', { n: 8 })).toBe('8 threads');
    expect([1, 2, 5, 21].map((n) => tr('threads', 'ru-RU', { n }))).toEqual(['1 поток', '2 потока', '5 потоков', '21 поток']);
    expect([1, 2, 5, 11].map((n) => tr('threads', 'ar-SA', { n }))).toEqual(['خيط واحد', 'خيطان', '٥ خيوط', '١١ خيطًا']);
    expect(tr('threads', 'ja-JP', { n: 4 })).toBe('4 スレッド');
    expect(tr('quarantined', 'en-US', { count: 1 })).toBe('1 saved record could not be read and was set aside; it is not shown.');
    expect(tr('quarantined', 'en-US', { count: 3 })).toBe('3 saved records could not be read and were set aside; they are not shown.');
    expect(tr('quarantined', 'de-DE', { count: 1 })).toMatch(/^1 gespeicherter Eintrag konnte/);
    expect(tr('quarantined', 'ru-RU', { count: 5 })).toMatch(/^Не удалось прочитать 5 сохранённых записей,/);
    // The error panel passes the length as a string of digits; it still counts, without grouping.
    expect(tr('errorTooLong', 'en-US', { length: '3800', max: 1000 })).toBe('That is 3800 characters; the limit is 1000. Shorten it and try again.');
    expect(tr('errorTooLong', 'ru-RU', { length: 1001, max: 1000 })).toContain('1001 символ,');
  });

  it('a count that is not a number falls back to English, visibly, without throwing', () => {
    expect(tr('threads', 'ru-RU', { n: 'many' })).toBe('many threads');
    expect(tr('threads', 'en-US')).toBe('{n}');
  });
});
