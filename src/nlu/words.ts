/**
 * Word split of docs/model-format.md step 1, with character offsets into the original text.
 * Whitespace is Python's `str.split()` whitespace (not JS `\s`), so words match the training
 * side exactly; ja/zh non-ASCII chunks become one word per code point.
 */
import type { Word } from './types.ts';

/** Locales split per character when the model config does not say otherwise. */
export const DEFAULT_CHAR_SPLIT_LOCALES: readonly string[] = ['ja-JP', 'zh-CN', 'zh-TW'];

// NOTE: exactly the characters for which Python's str.isspace() is true. JS `\s` differs:
// it lacks U+001C–U+001F and U+0085 and adds U+FEFF. The control characters are intended.
/* eslint-disable no-control-regex */
const PY_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;
const PY_CHUNK = /[^\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu;
/* eslint-enable no-control-regex */

/** True when every code unit is ASCII (Python's `all(ord(c) < 128 ...)`). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Python's `text.split()` with no arguments. */
export function pySplit(text: string): string[] {
  return text.split(PY_WHITESPACE).filter((c) => c.length > 0);
}

/** True when `locale` is split per character under the given list. */
export function isCharSplit(locale: string, charSplitLocales: readonly string[] = DEFAULT_CHAR_SPLIT_LOCALES): boolean {
  return charSplitLocales.includes(locale);
}

/**
 * A copy of `s` that shares no memory with the string it was cut from. V8 makes a substring
 * of 13 or more characters (a regex match, a slice) a "sliced string" that points into its
 * parent, so a word kept in the NLU word cache (encode.ts `WordIdCache`) would keep its
 * whole utterance alive, up to the cache's 50,000 entries. `JSON.parse(JSON.stringify(s))`
 * builds a new string from new text (JSON.stringify's output), so it can never point into
 * the parent, whatever the engine's slicing rules; it is exact for any string (lone
 * surrogates are escaped and restored). `(' ' + s).slice(1)` also works in V8 today, but
 * only because V8 flattens the concatenation before slicing: an engine detail.
 */
function detached(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/**
 * Splits `text` into words with their UTF-16 offsets.
 * Whitespace chunks stay whole (Thai or Khmer runs without spaces are one word each);
 * for char-split locales a chunk with any non-ASCII character yields one word per code point.
 */
export function splitWords(
  text: string,
  locale: string,
  charSplitLocales: readonly string[] = DEFAULT_CHAR_SPLIT_LOCALES,
): Word[] {
  const perChar = isCharSplit(locale, charSplitLocales);
  const words: Word[] = [];
  for (const m of text.matchAll(PY_CHUNK)) {
    const chunk = m[0];
    const start = m.index;
    if (!perChar || isAscii(chunk)) {
      words.push({ text: detached(chunk), start, end: start + chunk.length });
      continue;
    }
    // One code point (1–2 code units) per word here: far below V8's 13-character minimum for
    // a sliced string, so these are copies already.
    let offset = start;
    for (const ch of chunk) {
      words.push({ text: ch, start: offset, end: offset + ch.length });
      offset += ch.length;
    }
  }
  return words;
}
