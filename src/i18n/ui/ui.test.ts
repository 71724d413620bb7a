/**
 * UI chrome translations: the required languages exist, every translated language covers
 * every 'inspector' key with the English placeholders, other namespaces only use real keys,
 * and each language is written in its own script.
 */
import { describe, expect, it } from 'vitest';
import { EN as CONVERSATION_EN } from '../../conversation/ui/strings.ts';
import { EN as DIALOG_EN } from '../../dialog/ui/strings.ts';
import { EN as SPEECH_EN } from '../../speech/ui/strings.ts';
import { EN as INSPECTOR_EN, tr } from '../strings.ts';
import { translatedLanguages, uiTextLang } from '../uiText.ts';
import { UI_TRANSLATIONS } from './index.ts';

const SOURCES: Record<string, Readonly<Record<string, string>>> = {
  inspector: INSPECTOR_EN,
  speech: SPEECH_EN,
  conversation: CONVERSATION_EN,
  dialog: DIALOG_EN,
};
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
