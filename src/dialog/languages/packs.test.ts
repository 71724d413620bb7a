/**
 * Every language pack against the interface: the tables a reader needs are there, no word
 * means two things, and every pattern (and every reader, with the pack's own hooks) runs in
 * linear time on 100,000 hostile characters. The time bound is loose on purpose: it catches
 * quadratic or exponential blow-ups, it is not a benchmark.
 */
import { describe, expect, it } from 'vitest';
import { symbolsOf } from '../math/words.ts';
import { isCancel } from '../followUp.ts';
import { buildTable } from '../normalize/numbers.ts';
import { durationMeant, NORMALIZER_LANGS, parseAmount, parseColour, parseDate, parseDuration, parseNumber, parseTime } from '../normalize/index.ts';
import { itemIn, splitItems } from '../skills/listItems.ts';
import { packFor, PACKS } from './index.ts';
import type { LanguagePack } from './types.ts';

const NOW = new Date(2025, 2, 14, 10, 0);
const COLOUR_KEYS = ['red', 'orange', 'yellow', 'green', 'blue', 'purple', 'pink', 'white', 'warm', 'cool'] as const;

/** Runs `f` and fails when it takes longer than a generous bound. */
function quickly<T>(f: () => T): T {
  const t0 = performance.now();
  const value = f();
  expect(performance.now() - t0).toBeLessThan(2000);
  return value;
}

/** Words (keys) that `pairs` gives two different values. */
function conflicts(pairs: readonly (readonly [string, unknown])[]): string[] {
  const seen = new Map<string, unknown>();
  const bad = new Set<string>();
  for (const [word, value] of pairs) {
    if (seen.has(word) && seen.get(word) !== value) bad.add(word);
    seen.set(word, value);
  }
  return [...bad];
}

/** Every RegExp in a pack (its tables and rules; hooks are functions and are run through the readers). */
function regexesIn(value: unknown, found: RegExp[] = []): RegExp[] {
  if (value instanceof RegExp) found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => regexesIn(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => regexesIn(v, found));
  return found;
}

/** The pack's regex sources, compiled as the readers compile them. */
function compiledSources(pack: LanguagePack): RegExp[] {
  const sources = [
    pack.cues.clockBefore, pack.cues.timerBefore, pack.maths.of, pack.maths.baseFirst, pack.phrasePrefix,
    pack.cancel.join('|'), pack.lists.placeholders.join('|'), ...pack.durations.units, ...pack.dates.weekdays, ...pack.dates.months,
  ].filter((s): s is string => s !== undefined && s !== '');
  return sources.map((s) => new RegExp(`(?:^|\\s)(?:${s})(?:$|\\s)`, 'u'));
}

/** 100,000 hostile characters: generic shapes and the pack's own words repeated. */
function hostile(pack: LanguagePack): string[] {
  const word = (pack.numbers.units ?? '七').split(/[ |]/)[1] ?? '1';
  const day = pack.dates.weekdays[0]!.split('|')[0]!.replace(/\(.*\)/, '');
  const op = pack.maths.operators[0]![0];
  const fill = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length));
  return [fill('a '), fill('1'), `1${' '.repeat(100_000)}x`, fill('1:'), fill('-'), fill(`${word} `), fill(word), fill(`${day} `), fill(`1 ${op} `), fill(`${pack.lists.create[0]} `)];
}

describe('the registry', () => {
  it('has a pack per code (at least these sixteen), each found by its code and by a locale', () => {
    const codes = PACKS.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'zh', 'hi', 'ar', 'ru', 'sw', 'nl', 'pl', 'tr', 'ko']));
    expect(new Set(codes).size).toBe(codes.length);
    expect(NORMALIZER_LANGS).toEqual(PACKS.map((p) => p.code));
    for (const pack of PACKS) {
      expect(packFor(pack.code)).toBe(pack);
      expect(packFor(`${pack.code.toUpperCase()}-XX`)).toBe(pack);
    }
    expect(packFor('sv-SE')).toBeUndefined();
  });
});

describe.each(PACKS.map((p) => [p.code, p] as const))('pack %s', (_code, pack) => {
  it('has the tables the readers need', () => {
    const n = pack.numbers;
    expect(n.digitize !== undefined || (n.units!.split(' ').length >= 10 && n.tens !== undefined && n.hundred !== undefined)).toBe(true);
    expect(pack.clock.noon.length + pack.clock.midnight.length).toBeGreaterThan(0);
    expect(pack.clock.rules.length > 0 || pack.clock.read !== undefined).toBe(true);
    expect(pack.dates.weekdays).toHaveLength(7);
    expect(pack.dates.months.length === 12 || (pack.dates.months.length === 0 && pack.dates.monthDay !== undefined)).toBe(true);
    const relative = Object.values(pack.dates.relative);
    expect(relative).toContain(0);
    expect(relative).toContain(1);
    expect(pack.durations.units.every((u) => u.length > 0)).toBe(true);
    expect(pack.cues.timerWords.length).toBeGreaterThan(0);
    for (const key of COLOUR_KEYS) expect(pack.colours[key].length).toBeGreaterThan(0);
    for (const list of [pack.lists.add, pack.lists.remove, pack.lists.placeholders, pack.lists.create, pack.cancel, pack.dateQuestion, pack.pause, pack.resume, pack.thanks]) {
      expect(list.length).toBeGreaterThan(0);
    }
    for (const sym of ['+', '-', '*', '/']) expect(pack.maths.operators.some(([, s]) => s === sym)).toBe(true);
    for (const sym of ['(', ')']) expect(pack.maths.brackets.some(([, s]) => s === sym)).toBe(true);
    expect(pack.maths.percentAfter.length > 0 || pack.maths.percentBefore !== undefined).toBe(true);
  });

  it('gives no word two meanings', () => {
    const n = pack.numbers;
    if (n.units) {
      const pairs: [string, number][] = [];
      const add = (list: string | undefined, start: number, step: number) =>
        list?.split(' ').forEach((alts, i) => alts.split('|').forEach((w) => pairs.push([w, start + i * step])));
      add(n.units, n.unitsStart ?? 0, 1);
      add(n.tens, n.tensStart ?? 20, 10);
      n.hundred?.split('|').forEach((w) => pairs.push([w, 100]));
      pairs.push(...Object.entries(n.extra ?? {}));
      expect(conflicts(pairs)).toEqual([]);
      expect(buildTable(n).size).toBeGreaterThan(10);
    }
    expect(conflicts([...pack.maths.operators, ...pack.maths.brackets])).toEqual([]);
    expect(conflicts(COLOUR_KEYS.flatMap((key) => pack.colours[key].split('|').map((stem) => [stem, key] as const)))).toEqual([]);
    const spellings = (list: readonly string[], kind: string) => list.flatMap((entry, i) => entry.split('|').map((w) => [w, `${kind}${i}`] as const));
    expect(conflicts([...spellings(pack.dates.weekdays, 'day'), ...spellings(pack.dates.months, 'month')])).toEqual([]);
    const c = pack.clock;
    expect(conflicts([...c.am.map((w) => [w, 'am'] as const), ...c.pm.map((w) => [w, 'pm'] as const), ...c.night.map((w) => [w, 'night'] as const), ...c.midday.map((w) => [w, 'midday'] as const)])).toEqual([]);
    expect(conflicts([...pack.pause.map((w) => [w, 'pause'] as const), ...pack.resume.map((w) => [w, 'resume'] as const)])).toEqual([]);
  });

  it('keeps known list items single, lower-case words that are no filler, placeholder or item-starting word', () => {
    const l = pack.lists;
    const items = l.knownItems ?? [];
    expect(new Set(items).size).toBe(items.length);
    const starts = l.itemStarts ? new RegExp(`^(?:${l.itemStarts})$`, 'iu') : null;
    const fillers = l.fillers ? new RegExp(`^(?:${l.fillers})$`, 'iu') : null;
    const placeholder = new RegExp(`^(?:${l.placeholders.join('|')})$`, 'iu');
    for (const w of items) {
      expect(w, w).toMatch(/^\S+$/u);
      expect(w, w).toBe(w.toLocaleLowerCase(pack.code));
      expect(starts?.test(w) || fillers?.test(w) || placeholder.test(w), w).toBeFalsy();
    }
  });

  it('runs every pattern in linear time on 100,000 hostile characters', () => {
    const patterns = [...regexesIn(pack), ...compiledSources(pack)];
    expect(patterns.length).toBeGreaterThan(10);
    for (const text of hostile(pack)) {
      for (const re of patterns) {
        re.lastIndex = 0;
        quickly(() => re.exec(text));
        quickly(() => text.split(re).length);
      }
    }
  });

  it('reads hostile text with every reader and finishes quickly', () => {
    const locale = `${pack.code}-XX`;
    for (const text of hostile(pack)) {
      quickly(() => parseTime(text, locale));
      quickly(() => parseDate(text, locale, NOW));
      quickly(() => parseDuration(text, locale));
      quickly(() => durationMeant(text.slice(0, 50), text, locale));
      quickly(() => parseNumber(text, locale));
      quickly(() => parseAmount(text, locale));
      quickly(() => parseColour(text, locale));
      quickly(() => symbolsOf(text, locale));
      quickly(() => isCancel(text, locale));
      quickly(() => itemIn(text, locale, 'add'));
      quickly(() => itemIn(text, locale, 'remove'));
      quickly(() => splitItems(text.slice(0, 400), locale));
    }
  });
});
