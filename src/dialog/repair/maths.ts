/**
 * Maths repairs: two numbers joined by an operator word or symbol of the pack (or of the tables
 * beside the packs, for a language without one) ("7 times 7",
 * "sieben mal sieben", "7×7", "7かける7は", "combien font 7 fois 7") with nothing else said
 * but the words that ask for a result (the pack's `maths.ask`) is arithmetic, whatever
 * intent the NLU gave it (a factoid, a definition, even the time); a maths reading the NLU
 * was unsure of is confirmed by any sum the words spell out.
 */
import { langOf, UNSPACED_WITHOUT_PACK, withEnglish } from '../languages/index.ts';
import { spokenToExpression, symbolsOf } from '../math/words.ts';
import { clean, escapeRe } from '../normalize/index.ts';
import type { RepairRule } from './types.ts';

/** Intents where a number, a sign and a number can be a time ("a las 7 menos 5") or a record. */
const KEEP = /^(?:alarm|calendar|lists)_/;

/** Longest text considered: a spoken sum is short. */
const MAX_CHARS = 200;

/** What is left of `text` once the sum and the asking words are taken out: words (spaced) or characters (unspaced). */
function leftover(text: string, locale: string): number {
  const [own] = withEnglish(locale);
  const lang = own!.code;
  // Operators became symbols and number words digits: take the arithmetic out.
  let t = ` ${clean(symbolsOf(text, locale).replace(/[\d.,+\-*/^()×÷−%=?？＝]/g, ' '), lang)} `;
  const asks = withEnglish(locale)
    .flatMap((p) => p.maths.ask ?? [])
    .map((w) => clean(w, lang))
    .filter((w) => w !== '')
    .sort((a, b) => b.length - a.length);
  for (const w of asks) {
    t = own!.unspaced ? t.split(w).join(' ') : t.replace(new RegExp(`(?<=\\s)${escapeRe(w)}(?=\\s)`, 'gu'), ' ');
  }
  const rest = t.trim();
  if (rest === '') return 0;
  return own!.unspaced ? [...rest.replace(/\s/g, '')].length : rest.split(/\s+/).length;
}

/** Readings that only ask something, which a sum asked in a language without a pack may get. */
const ASKING = /^(?:qa_|datetime_|general_)/;

/** Words beside the sum in a language without a pack: its own asking words are not known ("কত হয়", how much is it). */
const MAX_UNKNOWN_ASK_WORDS = 2;

export const mathsRules: readonly RepairRule[] = [
  {
    name: 'maths-words',
    apply: ({ u, pack }) => {
      if (KEEP.test(u.intent) || u.text.length > MAX_CHARS) return null;
      if (!spokenToExpression(u.text, u.locale)) return null;
      // An unsure maths reading of a sum the words spell out is confirmed, however it is asked
      // ("सौ में से चालीस घटाओ तो कितना बचेगा" at 0.28: "… then how much is left").
      if (u.intent === 'qa_maths') return 'qa_maths';
      // One short word may stand beside the sum ("please", "bitte", は).
      if (pack) return leftover(u.text, u.locale) <= 1 ? 'qa_maths' : null;
      // Without a pack (operator and number words from the tables beside the packs), a question
      // the NLU read as something else whose words are a sum and two words more: "পঁচিশ যোগ
      // সতেরো কত হয়" (25 plus 17, how much is it) read as a date question at 0.76. Not in the
      // unspaced scripts, where words cannot be counted.
      if (!ASKING.test(u.intent) || UNSPACED_WITHOUT_PACK.has(langOf(u.locale))) return null;
      return leftover(u.text, u.locale) <= MAX_UNKNOWN_ASK_WORDS ? 'qa_maths' : null;
    },
  },
];
