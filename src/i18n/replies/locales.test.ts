/**
 * Checks every locale's reply templates against the English catalogue: one file per MASSIVE
 * locale, valid ICU MessageFormat with the same arguments as English (`{name}` as text,
 * `{count, plural, …}` with exactly the language's CLDR plural categories), real translations
 * (not copies of English), the right script, and plain text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../languages.ts';
import { messageArguments, messageBranches, messageLiterals, parseMessage } from '../uiText.ts';
import { EN_REPLIES, type ReplyKey } from './catalog.ts';
import { REPLY_TEMPLATES } from './locales/index.ts';

const KEYS = Object.keys(EN_REPLIES) as ReplyKey[];
const CODES = languages.map((l) => l.code);
/** Each argument with how it is used, e.g. `[['count', 'plural'], ['list', 'text']]`. */
const placeholders = (s: string) => [...messageArguments(s)].sort(([a], [b]) => a.localeCompare(b));
const templatesOf = (code: string) => Object.entries(REPLY_TEMPLATES[code] ?? {}) as [ReplyKey, string][];

/**
 * Plural branches that name their count in words instead of `#`: Arabic says one and two
 * with the noun itself ("منبه واحد", "منبهان"), which is also how a voice reads it.
 */
const SPELLED_OUT: Readonly<Record<string, readonly string[]>> = { 'ar-SA': ['one', 'two'] };

/**
 * Templates that may equal English in a non-English locale: they hold only placeholders and
 * symbols, so a locale that writes them the same way is right, not untranslated.
 */
const SYMBOL_ONLY: ReadonlySet<ReplyKey> = new Set(['mathResult', 'listRead']);

/** A letter of the locale's script (ISO 15924 code from the languages table). */
const SCRIPT: Record<string, RegExp> = {
  Latn: /\p{Script=Latin}/u,
  Arab: /\p{Script=Arabic}/u,
  Hebr: /\p{Script=Hebrew}/u,
  Grek: /\p{Script=Greek}/u,
  Cyrl: /\p{Script=Cyrillic}/u,
  Deva: /\p{Script=Devanagari}/u,
  Beng: /\p{Script=Bengali}/u,
  Knda: /\p{Script=Kannada}/u,
  Mlym: /\p{Script=Malayalam}/u,
  Taml: /\p{Script=Tamil}/u,
  Telu: /\p{Script=Telugu}/u,
  Thai: /\p{Script=Thai}/u,
  Khmr: /\p{Script=Khmer}/u,
  Mymr: /\p{Script=Myanmar}/u,
  Ethi: /\p{Script=Ethiopic}/u,
  Geor: /\p{Script=Georgian}/u,
  Armn: /\p{Script=Armenian}/u,
  Kore: /\p{Script=Hangul}/u,
  Jpan: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
  Hans: /\p{Script=Han}/u,
  Hant: /\p{Script=Han}/u,
};

/** Each template's literal text, every plural branch included, without ICU syntax (what the translator actually wrote). */
function ownText(template: string): string {
  return messageLiterals(template);
}

describe('reply locale files', () => {
  it('exist for all 52 MASSIVE locales, one file each, all registered', () => {
    expect(CODES).toHaveLength(52);
    for (const code of CODES) {
      expect(existsSync(join(import.meta.dirname, 'locales', `${code}.ts`)), code).toBe(true);
    }
    expect(Object.keys(REPLY_TEMPLATES).sort()).toEqual([...CODES].sort());
  });

  it('English is the catalogue itself', () => {
    expect(REPLY_TEMPLATES['en-US']).toBe(EN_REPLIES);
  });

  it.each(CODES)('%s: every template is valid ICU MessageFormat', (code) => {
    for (const [key, template] of templatesOf(code)) {
      expect(() => parseMessage(template), `${code}.${key}: ${template}`).not.toThrow();
    }
  });

  it.each(CODES)('%s: every template has exactly the English placeholders, used the same way', (code) => {
    for (const [key, template] of templatesOf(code)) {
      expect(KEYS, `${code}.${key} is not a catalogue key`).toContain(key);
      // `{list}` stays text, `{count, plural, …}` a plural, `{level, number, ::unit/percent}` that number format.
      expect(placeholders(template), `${code}.${key}`).toEqual(placeholders(EN_REPLIES[key]));
    }
  });

  it.each(CODES)('%s: plurals have exactly the CLDR categories of the language, and show the count', (code) => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    let plurals = 0;
    for (const [key, template] of templatesOf(code)) {
      for (const { name, kind, branches } of messageBranches(template)) {
        if (kind !== 'plural') continue;
        plurals++;
        const keys = Object.keys(branches).filter((k) => !k.startsWith('='));
        expect(keys.sort(), `${code}.${key} {${name}}`).toEqual([...categories].sort());
        for (const [category, text] of Object.entries(branches)) {
          if (SPELLED_OUT[code]?.includes(category)) expect(text, `${code}.${key} ${category}`).not.toContain('#');
          else expect(text, `${code}.${key} ${category}: the number is shown`).toContain('#');
        }
      }
    }
    const expected = KEYS.filter((k) => [...messageArguments(EN_REPLIES[k]).values()].includes('plural'));
    expect(expected.length).toBeGreaterThan(0);
    // Every locale translates the counted replies (none falls back for a count).
    expect(plurals, code).toBe(expected.length);
  });

  it.each(CODES.filter((c) => c !== 'en-US'))('%s: no template is a copy of English', (code) => {
    const copies = Object.entries(REPLY_TEMPLATES[code] ?? {})
      .filter(([key, t]) => t === EN_REPLIES[key as ReplyKey] && !SYMBOL_ONLY.has(key as ReplyKey))
      .map(([key]) => key);
    expect(copies).toEqual([]);
  });

  it('the allow-listed symbol-only templates really are only placeholders and symbols', () => {
    for (const key of SYMBOL_ONLY) expect(ownText(EN_REPLIES[key])).toMatch(/^[\s\p{P}\p{S}]*$/u);
  });

  it.each(languages.map((l) => [l.code, l.script] as const))('%s: templates are written in %s', (code, script) => {
    const letter = SCRIPT[script];
    expect(letter, `no regex for script ${script}`).toBeDefined();
    for (const [key, template] of Object.entries(REPLY_TEMPLATES[code] ?? {})) {
      // Templates of placeholders and symbols only ("{day}: {date}.") have no script.
      if (!/\p{L}/u.test(ownText(template))) continue;
      expect(ownText(template), `${code}.${key}`).toMatch(letter!);
      // A non-Latin locale with Latin words in it has an untranslated leftover.
      if (script !== 'Latn') expect(ownText(template), `${code}.${key}`).not.toMatch(/\p{Script=Latin}/u);
    }
  });

  it('ja uses kana, ko Hangul only, zh-CN Simplified and zh-TW Traditional characters', () => {
    const all = (code: string) => Object.values(REPLY_TEMPLATES[code] ?? {}).join('\n');
    expect(all('ja-JP')).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);
    expect(all('ko-KR')).not.toMatch(/\p{Script=Han}/u);
    // Characters that differ between the two standards, in words these replies use.
    const simplified = /[这设钟删闹为么时个灯关开没说话调动从后项声试图计们单历]/u;
    const traditional = /[這設鐘刪鬧為麼時個燈關開沒說話調動從後項聲試圖計們單曆]/u;
    expect(all('zh-CN')).not.toMatch(traditional);
    expect(all('zh-TW')).not.toMatch(simplified);
    expect(all('zh-CN')).toMatch(simplified);
    expect(all('zh-TW')).toMatch(traditional);
  });

  it.each(CODES)('%s: templates are plain, trimmed, non-empty text', (code) => {
    for (const [key, template] of templatesOf(code)) {
      expect(template.trim(), `${code}.${key}`).toBe(template);
      expect(template.length, `${code}.${key}`).toBeGreaterThan(0);
      expect(template, `${code}.${key}`).not.toMatch(/[<>&]|\p{Cc}/u);
      // Braces only as ICU syntax: none quoted into the text, no stray or doubled ones.
      expect(ownText(template), `${code}.${key}`).not.toMatch(/[{}]/);
      // An ASCII apostrophe before { } # | (or doubled) is ICU quoting and would eat text.
      expect(template, `${code}.${key}`).not.toMatch(/'[{}#|']/);
    }
  });
});
