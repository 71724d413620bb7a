/**
 * MASSIVE's `annot_utt` notation (`wake me at [time : five am]`) written from an utterance and
 * one slot label per word, and read back. The writer's output is made for the two readers that
 * must take it unchanged, `src/nlu/massive.ts` and `training/massive.py`: they give back the
 * utterance's own words (`splitWords`) with the same labels, in every locale.
 */
import { OTHER } from '../nlu/decode.ts';
import { wordsAndLabels } from '../nlu/massive.ts';
import type { Word } from '../nlu/types.ts';
import { DEFAULT_CHAR_SPLIT_LOCALES, isAscii, isCharSplit, splitWords } from '../nlu/words.ts';

/**
 * A token the readers would take for notation: a leading `[` opens a slot and a trailing `]`
 * closes one (and is dropped). The notation has no escape, so those brackets are written as
 * `(` and `)`: one ASCII character for one, so the word count and the ja/zh character split
 * stay as they were.
 */
function escapeToken(token: string): string {
  let out = token;
  if (out.startsWith('[')) out = `(${out.slice(1)}`;
  if (out.endsWith(']')) out = `${out.slice(0, -1)})`;
  return out;
}

/** Word text as the comparison sees it: the brackets the writer may have replaced, replaced. */
const comparable = (word: string) => word.replace(/\[/g, '(').replace(/\]/g, ')');

/** A slot label the notation can carry: no whitespace, no brackets, not empty. */
function checkLabel(label: string): void {
  if (!/^[^\s[\]]+$/u.test(label)) throw new Error(`slot label ${JSON.stringify(label)} cannot be written in annot_utt`);
}

/**
 * The tokens for words `[from, to)`: whole whitespace chunks stay one token; a run of characters
 * cut from a ja/zh chunk stays one token unless it is all ASCII, when the readers would keep it
 * as one word, so its characters are written apart (`i P h o n e`).
 */
function tokensOf(utt: string, words: readonly Word[], from: number, to: number, perChar: boolean): string[] {
  const tokens: string[] = [];
  for (let i = from; i < to; ) {
    // Words of one chunk touch (no whitespace between them); whitespace separates chunks.
    let j = i + 1;
    while (j < to && words[j]!.start === words[j - 1]!.end) j++;
    const text = utt.slice(words[i]!.start, words[j - 1]!.end);
    // Several touching words can only be characters of a ja/zh chunk (an ASCII chunk is one word).
    if (perChar && j - i > 1 && isAscii(text)) for (const ch of text) tokens.push(escapeToken(ch));
    else tokens.push(escapeToken(text));
    i = j;
  }
  return tokens;
}

/**
 * Writes `annot_utt` for `utt` with one label per word of `splitWords(utt, locale)`.
 * Throws when the label count does not match the words or a label cannot be written.
 */
export function writeAnnotUtt(
  utt: string,
  locale: string,
  wordLabels: readonly string[],
  charSplitLocales: readonly string[] = DEFAULT_CHAR_SPLIT_LOCALES,
): string {
  const words = splitWords(utt, locale, charSplitLocales);
  if (words.length !== wordLabels.length) throw new Error(`${wordLabels.length} labels for ${words.length} words`);
  const perChar = isCharSplit(locale, charSplitLocales);
  const parts: string[] = [];
  for (let i = 0; i < words.length; ) {
    const label = wordLabels[i]!;
    let end = i + 1;
    while (end < words.length && wordLabels[end] === label) end++;
    const tokens = tokensOf(utt, words, i, end, perChar);
    if (label === OTHER) {
      parts.push(...tokens);
    } else {
      checkLabel(label);
      parts.push(`[${label} : ${tokens.join(' ')}]`);
    }
    i = end;
  }
  return parts.join(' ');
}

/**
 * Reads `annot_utt` back into one label per word of `splitWords(utt, locale)`, with the app's
 * MASSIVE reader. Throws when its words are not the utterance's words.
 */
export function readAnnotUtt(
  utt: string,
  annotUtt: string,
  locale: string,
  charSplitLocales: readonly string[] = DEFAULT_CHAR_SPLIT_LOCALES,
): string[] {
  const { words, labels } = wordsAndLabels(annotUtt, locale, charSplitLocales);
  const expected = splitWords(utt, locale, charSplitLocales);
  if (words.length !== expected.length) throw new Error(`annot_utt has ${words.length} words, utt has ${expected.length}`);
  const differs = expected.findIndex((w, i) => comparable(w.text) !== comparable(words[i]!));
  if (differs >= 0) throw new Error(`annot_utt word ${differs + 1} is ${JSON.stringify(words[differs])}, utt has ${JSON.stringify(expected[differs]!.text)}`);
  return labels;
}
