/**
 * The key under which a corrected utterance is found again: the same words, whatever the
 * case, width, spacing or punctuation a recognizer or a keyboard gave them.
 */

/** NFKC, lowercase, punctuation and symbols dropped, whitespace collapsed. */
export function textKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
