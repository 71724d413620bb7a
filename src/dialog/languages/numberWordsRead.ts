/**
 * Reading the number-word tables of languages without a pack (numberWords.ts) with the packs'
 * reader (normalize/numbers.ts): a table lists words; compounds ("tjugofem", "femogtyve") and
 * case forms ("hétkor", "yeddidə") are derived here from what it says about them.
 */
import { NUMBER_WORDS, type TableWords } from './numberWords.ts';
import type { NumberWords } from './types.ts';

/** A compound or case form of a number word in `table`, as `words` allows; undefined for none. */
function derived(words: TableWords, word: string, table: ReadonlyMap<string, number>, depth = 0): number | undefined {
  const own = words.derived?.(word, table);
  if (own !== undefined) return own;
  const unit = (w: string) => {
    const v = table.get(w);
    return v !== undefined && v >= 1 && v <= 9 ? v : undefined;
  };
  const tens = (w: string) => {
    const v = table.get(w);
    return v !== undefined && v >= 20 && v < 100 && v % 10 === 0 ? v : undefined;
  };
  for (let i = 2; i < word.length - 1; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (words.glued?.tensUnit && tens(a) !== undefined && unit(b) !== undefined) return tens(a)! + unit(b)!;
    const join = words.glued?.unitJoinTens;
    if (join && b.startsWith(join) && unit(a) !== undefined && tens(b.slice(join.length)) !== undefined) return unit(a)! + tens(b.slice(join.length))!;
  }
  // Hundreds glued to their count and to what follows ("hundrafyrtiofyra" 144, "dvesto" 200).
  for (const h of words.hundred?.split('|') ?? []) {
    const at = word.indexOf(h);
    const [head, tail] = [word.slice(0, at), word.slice(at + h.length)];
    if (at < 0 || (head === '' && tail === '')) continue;
    const count = head === '' ? 1 : unit(head);
    const rest = tail === '' ? 0 : (table.get(tail) ?? (depth === 0 ? derived(words, tail, table, 1) : undefined));
    if (count !== undefined && rest !== undefined && rest < 100) return count * 100 + rest;
  }
  if (depth > 0) return undefined;
  for (const suffix of words.suffixes ?? []) {
    const stem = word.slice(0, -suffix.length);
    if (word.endsWith(suffix) && stem.length >= 3) {
      const v = table.get(stem) ?? derived(words, stem, table, 1);
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

const READY = new Map<string, NumberWords>();

/** `lang`'s number words when it has no pack (with its compounds and case forms), or undefined. */
export function numberWordsOnly(lang: string): NumberWords | undefined {
  const words = Object.hasOwn(NUMBER_WORDS, lang) ? NUMBER_WORDS[lang] : undefined;
  if (!words) return undefined;
  let ready = READY.get(lang);
  if (!ready) {
    const { glued, suffixes, ...rest } = words;
    ready = glued || suffixes ? { ...rest, derived: (word, table) => derived(words, word, table) } : rest;
    // A case ending closes the number: "వందలో పది" (in a hundred, ten) is 100 and 10, not 110.
    if (suffixes) ready = { ...ready, closes: (word) => suffixes.some((s) => word.endsWith(s)) };
    // (`derived` above also asks the language's own `derived` first: Georgian's twenties.)
    READY.set(lang, ready);
  }
  return ready;
}
