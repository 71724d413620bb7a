/**
 * The fuzz input generator: input #i of seed s is a pure function of (s, i). Families cover
 * many scripts, emoji, control characters, lone surrogates, bidi overrides, combining-mark
 * floods, absurd numbers/times/dates, deep brackets and maths, injection strings, blank and
 * huge inputs, and templated commands (ten locales) that reach every local skill. Each input
 * also carries a forced reading (a random intent of the model with random slot spans) and,
 * for templates, the reading a perfect NLU would give, so every skill sees hostile slots.
 */
import { languages } from '../../src/i18n/languages.ts';
import type { SlotSpan } from '../../src/nlu/types.ts';
import {
  BIDI, COMBINING, CONTROL_RANGES, DATES, EMOJI, INJECTIONS, mathExpressions, NUMBERS, SCRIPTS, SPELLED, SURROGATES,
  TEMPLATE_KINDS, TEMPLATE_LOCALES, TEMPLATES, TIMES, UNITS, WHITESPACE, type TemplateKind,
} from './corpus.ts';
import { Rng } from './prng.ts';

export const FAMILIES = [
  'template', 'script', 'emoji', 'control', 'surrogate', 'bidi', 'combining', 'number', 'datetime', 'brackets', 'injection',
  'whitespace', 'mixed', 'long', 'huge',
] as const;
export type Family = (typeof FAMILIES)[number];

/** Relative weights of the families drawn at random (`huge` is placed, not drawn). */
const WEIGHTS: Readonly<Record<Exclude<Family, 'huge'>, number>> = {
  template: 34, script: 8, emoji: 5, control: 5, surrogate: 4, bidi: 4, combining: 4, number: 6, datetime: 6, brackets: 5,
  injection: 7, whitespace: 3, mixed: 7, long: 2,
};

/** Every `HUGE_EVERY`-th input (at index HUGE_EVERY-1, 2·HUGE_EVERY-1, …) is 1,000,000 characters long. */
export const HUGE_EVERY = 2000;
export const HUGE_LENGTH = 1_000_000;

/** How the dialogue is told what the input means. */
export type Mode = 'nlu' | 'oracle' | 'random';

/** The model's label lists the forced readings draw from. */
export interface FuzzLabels {
  intents: readonly string[];
  slots: readonly string[];
  scenarios: Readonly<Record<string, string>>;
}

/** A reading of the text given to the dialogue instead of (or without) the NLU's. */
export interface Reading {
  intent: string;
  scenario: string;
  confidence: number;
  slots: SlotSpan[];
}

export interface FuzzInput {
  seed: number;
  index: number;
  family: Family;
  /** Template kind, for `template` inputs. */
  kind?: TemplateKind;
  locale: string;
  text: string;
  /** Preferred reading source; the runner uses `forced` when it has no model, or the NLU finds no words. */
  mode: Mode;
  /** Random intent of the model with random slot spans over the text. */
  forced: Reading;
  /** What a perfect NLU would say (templates only). */
  oracle?: Reading;
}

const ALL_LOCALES = languages.map((l) => l.code);
const langOf = (locale: string) => locale.split('-')[0]!;

/** `template` with `{K}` markers replaced by `values[K]` (no `$` patterns: values are literal). */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Z]+)\}/g, (m, k: string) => values[k] ?? m);
}

function scriptWords(rng: Rng, name: string, words = rng.int(1, 8)): string {
  const { ranges } = SCRIPTS[name]!;
  const out: string[] = [];
  for (let w = 0; w < words; w++) {
    let word = '';
    const n = rng.int(1, 9);
    for (let c = 0; c < n; c++) word += rng.codePoint(ranges);
    out.push(word);
  }
  return out.join(rng.chance(0.8) ? ' ' : '');
}

function number(rng: Rng, locale: string): string {
  return rng.chance(0.25) ? rng.pick(SPELLED[langOf(locale)] ?? SPELLED.en!) : rng.pick(NUMBERS);
}

/** A short piece of hostile text (used for items, names, places and for mixing). */
function hostileText(rng: Rng, depth = 0): string {
  switch (rng.int(0, depth > 0 ? 8 : 9)) {
    case 0: return rng.pick(INJECTIONS);
    case 1: return Array.from({ length: rng.int(1, 6) }, () => rng.pick(EMOJI)).join(rng.chance(0.5) ? '\u200d' : '');
    case 2: return scriptWords(rng, rng.pick(Object.keys(SCRIPTS)), rng.int(1, 3));
    case 3: return `milk${rng.pick(SURROGATES)}`;
    case 4: return `${rng.pick(BIDI)}${scriptWords(rng, 'latin', 2)}${rng.pick(BIDI)}`;
    case 5: return `e${Array.from({ length: rng.int(5, 200) }, () => rng.codePoint(COMBINING)).join('')}`;
    case 6: return rng.pick([...NUMBERS, ...DATES, ...TIMES]);
    case 7: return Array.from({ length: rng.int(1, 5) }, () => rng.codePoint(CONTROL_RANGES)).join('') + 'eggs';
    case 8: return rng.pick(['', ' ', '\u200b', '\u00a0', '.', '"', "'", '-', '{', '}']);
    default: return `${'x'.repeat(rng.int(100, 5000))}${hostileText(rng, depth + 1)}`;
  }
}

function sprinkle(rng: Rng, text: string, pieces: () => string, count: number): string {
  const chars = Array.from(text);
  for (let i = 0; i < count; i++) chars.splice(rng.int(0, chars.length), 0, pieces());
  return chars.join('');
}

/** An ordinary command to disturb (English or a template locale). */
function plainCommand(rng: Rng): { text: string; locale: string } {
  const locale = rng.pick(TEMPLATE_LOCALES);
  const kind = rng.pick(TEMPLATE_KINDS);
  const def = TEMPLATES[langOf(locale)]![kind];
  const units = UNITS[langOf(locale)]!;
  return { text: fill(def.text, { N: rng.pick(['5', '7', '10', '2']), U: units[rng.int(1, 2)]!, T: '7:30', D: 'tomorrow', X: 'milk', E: '7 * 7' }), locale };
}

function templated(rng: Rng): { text: string; locale: string; kind: TemplateKind; oracle: { intent: string; slots: [string, string][] } } {
  const locale = rng.pick(TEMPLATE_LOCALES);
  const lang = langOf(locale);
  const kind = rng.pick(TEMPLATE_KINDS);
  const def = TEMPLATES[lang]![kind];
  const values: Record<string, string> = {
    N: number(rng, locale),
    U: rng.pick(UNITS[lang]!),
    T: rng.chance(0.8) ? rng.pick(TIMES) : number(rng, locale),
    D: rng.chance(0.8) ? rng.pick(DATES) : `${number(rng, locale)} ${rng.pick(UNITS[lang]!)}`,
    X: rng.chance(0.3) ? scriptWords(rng, rng.pick(Object.keys(SCRIPTS)), rng.int(1, 3)) : hostileText(rng),
    E: rng.pick(mathExpressions()),
  };
  const text = fill(def.text, values);
  const slots = Object.entries(def.slots ?? {}).map(([label, part]) => [label, fill(part, values)] as [string, string]);
  return { text, locale, kind, oracle: { intent: def.intent, slots } };
}

/** Spans for `[label, part]` pairs, found left to right in `text` (a part not found is skipped). */
function spansOf(text: string, parts: readonly [string, string][]): SlotSpan[] {
  const out: SlotSpan[] = [];
  let from = 0;
  for (const [label, part] of parts) {
    let start = text.indexOf(part, from);
    if (start < 0) start = text.indexOf(part);
    if (start < 0) continue;
    out.push({ label, start, end: start + part.length, text: part });
    from = start + part.length;
  }
  return out;
}

function longText(rng: Rng, length: number): string {
  const unit = (() => {
    switch (rng.int(0, 7)) {
      case 0: return 'a';
      case 1: return `${plainCommand(rng).text} `;
      case 2: return rng.pick(EMOJI);
      case 3: return '(';
      case 4: return '9';
      case 5: return scriptWords(rng, rng.pick(Object.keys(SCRIPTS)), 3) + ' ';
      case 6: return `e${String.fromCodePoint(0x301)}`;
      default: return rng.pick(INJECTIONS) + ' ';
    }
  })();
  const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  switch (rng.int(0, 3)) {
    case 0: return body;
    case 1: return `set a timer for ${body}`.slice(0, length);
    case 2: return `${body.slice(0, length - 16)} minutes timer 5`.slice(0, length);
    default: return rng.chance(0.5) ? `${'('.repeat(length >> 1)}${')'.repeat(length - (length >> 1))}` : body;
  }
}

function familyText(rng: Rng, family: Family): { text: string; locale?: string; kind?: TemplateKind; oracle?: { intent: string; slots: [string, string][] } } {
  switch (family) {
    case 'template':
      return templated(rng);
    case 'script': {
      const name = rng.pick(Object.keys(SCRIPTS));
      const words = scriptWords(rng, name);
      const cmd = rng.chance(0.4) ? plainCommand(rng) : null;
      return { text: cmd ? `${cmd.text} ${words}` : words, locale: rng.chance(0.6) ? SCRIPTS[name]!.locale : undefined };
    }
    case 'emoji': {
      const n = rng.pick([1, 2, 5, 20, 200]);
      const emoji = Array.from({ length: n }, () => rng.pick(EMOJI)).join(rng.chance(0.3) ? '\u200d' : rng.chance(0.5) ? ' ' : '');
      if (rng.chance(0.5)) return { text: emoji };
      const cmd = plainCommand(rng);
      return { text: sprinkle(rng, cmd.text, () => rng.pick(EMOJI), rng.int(1, 5)), locale: cmd.locale };
    }
    case 'control': {
      const pieces = () => rng.codePoint(CONTROL_RANGES);
      if (rng.chance(0.3)) return { text: Array.from({ length: rng.int(1, 50) }, pieces).join('') };
      const cmd = plainCommand(rng);
      return { text: sprinkle(rng, cmd.text, pieces, rng.int(1, 8)), locale: cmd.locale };
    }
    case 'surrogate': {
      if (rng.chance(0.2)) return { text: Array.from({ length: rng.int(1, 300) }, () => rng.pick(SURROGATES)).join('') };
      const cmd = plainCommand(rng);
      return { text: sprinkle(rng, cmd.text, () => rng.pick(SURROGATES), rng.int(1, 4)), locale: cmd.locale };
    }
    case 'bidi': {
      const cmd = plainCommand(rng);
      if (rng.chance(0.3)) return { text: `${'\u202e'}${cmd.text}${rng.chance(0.5) ? '\u202c' : ''}`, locale: cmd.locale };
      return { text: sprinkle(rng, cmd.text, () => rng.pick(BIDI), rng.int(1, 10)), locale: cmd.locale };
    }
    case 'combining': {
      const n = rng.pick([5, 50, 500, 5000]);
      const marks = () => Array.from({ length: n }, () => rng.codePoint(COMBINING)).join('');
      if (rng.chance(0.5)) return { text: `${rng.pick(['a', '7', 'ก', 'क', ' ', ''])}${marks()}` };
      const cmd = plainCommand(rng);
      const per = Math.max(1, Math.floor(n / 50));
      return { text: Array.from(cmd.text, (c) => c + Array.from({ length: per }, () => rng.codePoint(COMBINING)).join('')).join(''), locale: cmd.locale };
    }
    case 'number': {
      const locale = rng.pick(TEMPLATE_LOCALES);
      const n = number(rng, locale);
      const forms = [n, `${n} ${rng.pick(UNITS[langOf(locale)]!)}`, `${n}%`, `minus ${n}`, `${n}:${number(rng, locale)}`, `${n}e${n}`, `${n} ${n} ${n}`];
      return { text: rng.pick(forms), locale };
    }
    case 'datetime': {
      const locale = rng.pick(TEMPLATE_LOCALES);
      const u = rng.pick(UNITS[langOf(locale)]!);
      const forms = [rng.pick(TIMES), rng.pick(DATES), `${rng.pick(TIMES)} ${rng.pick(DATES)}`, `in ${number(rng, locale)} ${u}`, `${number(rng, locale)} ${u} ago`, `at ${rng.pick(TIMES)} on ${rng.pick(DATES)}`];
      return { text: rng.pick(forms), locale };
    }
    case 'brackets': {
      const depth = rng.pick([2000, 2000, 1000, 499, 100, 10]);
      const open = rng.pick(['(', '[', '{', '<', '((', '([{<']);
      const close = Array.from(open).reverse().map((c) => ({ '(': ')', '[': ']', '{': '}', '<': '>' })[c] ?? c).join('');
      const forms = [
        `${open.repeat(depth)}1${close.repeat(depth)}`,
        open.repeat(depth),
        close.repeat(depth),
        `what is ${open.repeat(depth)}7*7${close.repeat(depth)}`,
        `set a timer for ${'('.repeat(depth)}5${')'.repeat(depth)} minutes`,
        `add ${'['.repeat(depth)}milk${']'.repeat(depth)} to my shopping list`,
        `what is ${rng.pick(mathExpressions())}`,
      ];
      return { text: rng.pick(forms), locale: rng.chance(0.7) ? 'en-US' : undefined };
    }
    case 'injection': {
      const inj = rng.pick(INJECTIONS);
      if (rng.chance(0.3)) return { text: inj };
      const t = templated(rng);
      const text = rng.chance(0.5) ? `${t.text} ${inj}` : `${inj} ${t.text}`;
      return { text, locale: t.locale, kind: t.kind, oracle: t.oracle };
    }
    case 'whitespace': {
      if (rng.chance(0.2)) return { text: '' };
      return { text: Array.from({ length: rng.pick([1, 2, 10, 999, 1000, 1001, 1200]) }, () => rng.pick(WHITESPACE)).join('') };
    }
    case 'mixed': {
      const parts = Array.from({ length: rng.int(2, 4) }, () => (rng.chance(0.5) ? plainCommand(rng).text : hostileText(rng)));
      return { text: parts.join(rng.pick([' ', '', '\n', ' \u200b '])) };
    }
    case 'long':
      return { text: longText(rng, rng.pick([1001, 1500, 4096, 10_000, 65_536, 100_000])) };
    case 'huge':
      return { text: longText(rng, HUGE_LENGTH) };
  }
}

/** Random spans: word-aligned or at arbitrary UTF-16 offsets (possibly inside a surrogate pair). */
function randomSpans(rng: Rng, text: string, labels: readonly string[]): SlotSpan[] {
  const n = rng.pick([0, 1, 1, 2, 3]);
  const words: [number, number][] = [];
  if (n > 0) {
    for (const m of text.slice(0, 200_000).matchAll(/\S+/g)) {
      words.push([m.index, m.index + m[0].length]);
      if (words.length >= 2000) break;
    }
  }
  const spans: SlotSpan[] = [];
  for (let i = 0; i < n; i++) {
    let start: number;
    let end: number;
    if (words.length > 0 && rng.chance(0.6)) {
      const a = rng.int(0, words.length - 1);
      const b = Math.min(words.length - 1, a + rng.int(0, 3));
      [start, end] = [words[a]![0], words[b]![1]];
    } else {
      start = rng.int(0, text.length);
      end = Math.min(text.length, start + rng.pick([0, 1, 2, 5, 20, 1000, text.length]));
    }
    spans.push({ label: rng.pick(labels), start, end, text: text.slice(start, end) });
  }
  return spans.sort((x, y) => x.start - y.start);
}

/** Input `index` of run `seed`. */
export function generateInput(seed: number, index: number, labels: FuzzLabels): FuzzInput {
  const rng = Rng.forInput(seed, index);
  const drawn = index % HUGE_EVERY === HUGE_EVERY - 1 ? 'huge' : index < FAMILIES.length - 1 ? FAMILIES[index]! : rng.weighted(WEIGHTS);
  const family = drawn as Family;
  const made = familyText(rng, family);
  const locale = made.locale ?? (rng.chance(0.7) ? rng.pick(TEMPLATE_LOCALES) : rng.pick(ALL_LOCALES));
  const text = made.text;
  const slotLabels = [...labels.slots.filter((s) => s !== 'Other'), 'list_item'];
  const intent = rng.pick(labels.intents);
  const forced: Reading = {
    intent,
    scenario: labels.scenarios[intent] ?? intent.split('_')[0]!,
    confidence: rng.chance(0.9) ? 0.3 + rng.next() * 0.7 : rng.next() * 0.3,
    slots: randomSpans(rng, text, slotLabels),
  };
  const oracle: Reading | undefined = made.oracle
    ? { intent: made.oracle.intent, scenario: labels.scenarios[made.oracle.intent] ?? made.oracle.intent.split('_')[0]!, confidence: 0.99, slots: spansOf(text, made.oracle.slots) }
    : undefined;
  const r = rng.next();
  const mode: Mode = oracle ? (r < 0.45 ? 'oracle' : r < 0.75 ? 'nlu' : 'random') : r < 0.35 ? 'random' : 'nlu';
  return { seed, index, family, ...(made.kind ? { kind: made.kind } : {}), locale, text, mode, forced, ...(oracle ? { oracle } : {}) };
}

/** A `length`-character input of a given seed (for tests that want a few very long ones). */
export function longInput(seed: number, index: number, length: number, labels: FuzzLabels): FuzzInput {
  const { kind: _kind, oracle: _oracle, ...base } = generateInput(seed, index, labels);
  const text = longText(Rng.forInput(seed, index, 1), length);
  const rng = Rng.forInput(seed, index, 2);
  const slotLabels = [...labels.slots.filter((s) => s !== 'Other'), 'list_item'];
  return { ...base, family: 'long', text, mode: 'random', forced: { ...base.forced, slots: randomSpans(rng, text, slotLabels) } };
}
