/**
 * UI catalogs (`locales/<lang>.json`): the 13 UI languages exist, each has a loader, uses only
 * English keys with the English arguments (ICU: `{name}`, `{count, plural, …}`) and covers
 * 100% of them, is written in its own script, and counts take the language's plural forms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tr } from '../strings.ts';
import { messageArguments, messageBranches, parseMessage, uiLang, uiTextLang } from '../uiText.ts';
import { uiCatalog } from './cache.ts';
import { catalogReport } from './coverage.ts';
import { catalogLanguages, loadAllUiLanguages } from './load.ts';
import { UI_NAMESPACES, UI_SOURCES } from './sources.ts';

const DIR = join(import.meta.dirname, 'locales');
/** The parsed catalog files, by language (read as files: what the bundler will ship). */
const FILES: Record<string, unknown> = Object.fromEntries(
  readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, name), 'utf8')) as unknown]),
);
const dictOf = (lang: string, ns: string): Record<string, string> =>
  ((FILES[lang] as Record<string, Record<string, string>> | undefined)?.[ns]) ?? {};

/** The 12 largest languages besides English, Chinese in both scripts: the 13 UI languages. */
const REQUIRED = ['zh-Hans', 'zh-Hant', 'hi', 'es', 'ar', 'fr', 'bn', 'pt', 'ru', 'ja', 'de', 'id', 'ur'];

const SCRIPT: Record<string, RegExp> = {
  'zh-Hans': /\p{Script=Han}/u,
  'zh-Hant': /\p{Script=Han}/u,
  hi: /\p{Script=Devanagari}/u,
  ar: /\p{Script=Arabic}/u,
  ur: /\p{Script=Arabic}/u,
  bn: /\p{Script=Bengali}/u,
  ru: /\p{Script=Cyrillic}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
};
/** Keys whose text may be the same in every script (a name, a number with a sign, a product). */
const SCRIPT_NEUTRAL = new Set(['inspector.appTitle', 'speech.rateValue', 'speech.voiceOnline', 'speech.voiceEspeak']);

/** Each ICU argument with how it is used (`{n}` text, `{n, plural, …}` plural), sorted. */
const placeholders = (s: string) => [...messageArguments(s)].sort(([a], [b]) => a.localeCompare(b));

describe('UI catalogs', () => {
  it('exist for the 13 UI languages, each file with a loader', () => {
    expect(Object.keys(FILES)).toEqual(expect.arrayContaining(REQUIRED));
    expect(catalogLanguages().sort()).toEqual(Object.keys(FILES).sort());
  });

  it.each(REQUIRED)('%s: uses only English namespaces and keys, with the English arguments, as plain text', (lang) => {
    const json = FILES[lang] as Record<string, Record<string, unknown>>;
    for (const [ns, dict] of Object.entries(json)) {
      expect(UI_SOURCES, `unknown namespace ${ns}`).toHaveProperty([ns]);
      const en = UI_SOURCES[ns as keyof typeof UI_SOURCES] as Readonly<Record<string, string>>;
      for (const [key, text] of Object.entries(dict)) {
        const id = `${lang}.${ns}.${key}`;
        expect(en, id).toHaveProperty([key]);
        expect(typeof text, id).toBe('string');
        expect(placeholders(text as string), id).toEqual(placeholders(en[key]!));
        expect((text as string).trim(), id).toBe(text);
        expect(text, id).not.toMatch(/[<>]/);
      }
    }
    expect(catalogReport(lang, json).problems).toEqual([]);
  });

  it.each(REQUIRED)('%s: translates 100% of the English keys', (lang) => {
    const report = catalogReport(lang, FILES[lang]);
    expect(report.missing).toEqual([]);
    expect(report.share).toBe(1);
    expect(report.offered).toBe(true);
  });

  it.each(Object.entries(SCRIPT))('%s: is written in its own script', (lang, letter) => {
    const untranslated = UI_NAMESPACES.flatMap((ns) =>
      Object.entries(dictOf(lang, ns))
        .filter(([key, text]) => !SCRIPT_NEUTRAL.has(`${ns}.${key}`) && !letter.test(text))
        .map(([key]) => `${ns}.${key}`),
    );
    expect(untranslated).toEqual([]);
  });

  it('keeps Simplified and Traditional Chinese apart', () => {
    const all = (lang: string) => UI_NAMESPACES.flatMap((ns) => Object.values(dictOf(lang, ns))).join('');
    expect(all('zh-Hans')).not.toMatch(/[這語輸鐘燈試範載啟動後執緒結圖總關離頁檔損設讀覆檢]/u);
    expect(all('zh-Hant')).not.toMatch(/[这语输钟灯试范载启动后执线结图总关离页档损设读复检]/u);
  });
});

describe('UI languages of locales', () => {
  it('are the language alone, Chinese by script', () => {
    expect(uiLang('de-DE')).toBe('de');
    expect(uiLang('pt-PT')).toBe('pt');
    expect(uiLang('zh-CN')).toBe('zh-Hans');
    expect(uiLang('zh-TW')).toBe('zh-Hant');
    expect(uiLang('zh-Hant-HK')).toBe('zh-Hant');
    expect(uiLang('sw-KE')).toBe('sw');
  });
});

describe('inspector translator (catalogs loaded)', () => {
  beforeAll(loadAllUiLanguages);

  it('installs every catalog', () => {
    for (const lang of REQUIRED) expect(uiCatalog(lang), lang).toBeDefined();
  });

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
  beforeAll(loadAllUiLanguages);

  const all = (): [string, string, string][] => [
    ...UI_NAMESPACES.flatMap((ns) => Object.entries(UI_SOURCES[ns]).map(([k, t]) => ['en', `${ns}.${k}`, t] as [string, string, string])),
    ...REQUIRED.flatMap((lang) =>
      UI_NAMESPACES.flatMap((ns) => Object.entries(dictOf(lang, ns)).map(([k, t]) => [lang, `${ns}.${k}`, t] as [string, string, string])),
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
