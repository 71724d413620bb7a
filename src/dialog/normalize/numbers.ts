/**
 * Number words → digits. `digitize` rewrites every run of number words in a cleaned text as
 * one decimal number ("twenty five" → "25", "sieben" → "7", "七" → "7") and leaves the other
 * words alone, so time, date and duration rules only ever match `\d+`. The words are the
 * pack's (`numbers`), or for a language without a pack its table (languages/numberWords.ts);
 * this file is the reading algorithm.
 */
import { packFor } from '../languages/index.ts';
import { numberWordsOnly } from '../languages/numberWordsRead.ts';
import type { NumberWord, NumberWords } from '../languages/types.ts';

export { cjkValue } from '../languages/cjk.ts';

/** Builds `word → value` from a pack's number words (`|` separates spellings of one value). */
export function buildTable(words: NumberWords): Map<string, number> {
  const table = new Map<string, number>();
  const add = (list: string | undefined, start: number, step: number) =>
    list?.split(' ').forEach((alts, i) => alts.split('|').forEach((w) => table.set(w, start + i * step)));
  add(words.units, words.unitsStart ?? 0, 1);
  add(words.tens, words.tensStart ?? 20, 10);
  words.hundred?.split('|').forEach((w) => table.set(w, 100));
  for (const [w, v] of Object.entries(words.extra ?? {})) table.set(w, v);
  return table;
}

const TABLES = new Map<NumberWords, Map<string, number>>();

/** The pack's table, built once. */
function tableOf(words: NumberWords): Map<string, number> {
  let table = TABLES.get(words);
  if (!table) TABLES.set(words, (table = buildTable(words)));
  return table;
}

/** Longer than any number word in the lexicons (neunhundertneunundneunzig has 25 letters). */
const MAX_NUMBER_WORD = 40;

function plainValue(word: string, words: NumberWords): number | undefined {
  const table = tableOf(words);
  return table.get(word) ?? words.derived?.(word, table);
}

function wordValue(word: string, words: NumberWords): NumberWord | undefined {
  // A long word is no number: this keeps the per-word rules cheap on hostile input.
  if (word.length > MAX_NUMBER_WORD) return undefined;
  const v = plainValue(word, words);
  if (v !== undefined) return { v, conj: false };
  for (const { prefix, conj } of words.clitics ?? []) {
    const rest = word.startsWith(prefix) ? plainValue(word.slice(prefix.length), words) : undefined;
    if (rest !== undefined) return { v: rest, conj };
  }
  return undefined;
}

/** Whether `word` is a number word only with one of the language's case endings ("ఐదుకి", "hétre"). */
function endsInCase(word: string, words: NumberWords): boolean {
  return words.closes !== undefined && !tableOf(words).has(word) && words.closes(word);
}

/** Whether `next` continues the number `cur` (twenty → twenty five; not seven → seven thirty). */
function continues(cur: number, next: NumberWord, words: NumberWords): boolean {
  if (words.continues?.(cur, next)) return true;
  const place = cur >= 1000 && cur % 1000 === 0 ? 1000 : cur >= 100 && cur % 100 === 0 ? 100 : cur >= 10 && cur % 10 === 0 ? 10 : 1;
  return next.v < place;
}

/** Rewrites number words of a cleaned text (see `clean`) as digits. */
export function digitize(t: string, lang: string): string {
  const words = packFor(lang)?.numbers ?? numberWordsOnly(lang);
  if (words?.digitize) return words.digitize(t);
  if (!words?.units) return t;
  const joiners = words.joiners ?? [];
  const parts = (words.reorder ? words.reorder(t) : t).split(' ');
  const out: string[] = [];
  let cur: number | null = null;
  const flush = () => {
    if (cur !== null) out.push(String(cur));
    cur = null;
  };
  for (let i = 0; i < parts.length; i++) {
    const word = parts[i]!;
    const wv = words.notNumber?.(parts[i - 1], word, parts[i + 1]) ? undefined : wordValue(word, words);
    if (wv === undefined) {
      // "twenty and one", "kumi na moja": the joiner belongs to the number only if it continues it.
      const next = parts[i + 1] !== undefined ? wordValue(parts[i + 1]!, words) : undefined;
      if (cur !== null && joiners.includes(word) && next && continues(cur, next, words)) continue;
      flush();
      out.push(word);
    } else if (cur === null) cur = wv.v;
    else if (wv.v === 1000 && cur < 1000) cur *= 1000;
    // "one thousand five hundred": "hundred" multiplies only the part after the thousands.
    else if (wv.v === 100 && cur % 1000 < 100 && (cur < 1000 || cur % 1000 > 0)) cur += (cur % 1000) * 99;
    else if (continues(cur, wv, words)) cur = words.combine?.(cur, wv) ?? cur + wv.v;
    else {
      flush();
      cur = wv.v;
    }
    // A case ending closes the number: "వందలో పది" (in a hundred, ten) is 100 and 10, not 110.
    if (wv !== undefined && endsInCase(word, words)) flush();
  }
  flush();
  return out.join(' ');
}

/** A whole cleaned text read as one number ("vingt et un" → 21, "3,5" → 3.5), else null (also when beyond floating point). */
export function parseNumberText(t: string, lang: string): number | null {
  const d = digitize(t, lang).replace(/(\d),(\d)/g, '$1.$2');
  const value = /^-?\d+(\.\d+)?$/.test(d) ? Number(d) : null;
  return value !== null && Number.isFinite(value) ? value : null;
}
