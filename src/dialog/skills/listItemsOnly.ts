/**
 * The items of "add X to the list" in a language without a pack (languages/listWords.ts).
 * Word order differs ("skriv upp ägg på listan", "írd fel a listára a tojást", "شیر و نان رو
 * به لیست اضافه کن"), so the items are found by where the verb and the list are: between
 * them, else on the side of the list away from the verb. The list is the word holding the
 * language's "list" stem, joined with the name the NLU tagged next to it ("lista de
 * cumpărături"). Linear in the text: a few regex scans, no backtracking over the items.
 */
import { grocerySet } from '../languages/groceryWords.ts';
import { UNSPACED_WITHOUT_PACK } from '../languages/index.ts';
import { listWordsOnly, placeholderOnly, type ListAddWords } from '../languages/listWords.ts';
import { escapeRe } from '../normalize/text.ts';

// The zero-width non-joiner and joiner are inside words: Indic scripts put them between a loanword and its ending ("లిస్ట్‌లో").
const L = '[\\p{L}\\p{M}\\u200c\\u200d]';

interface Span {
  start: number;
  end: number;
}

/** Where `source` first matches at a word start (a verb takes endings: "нэмээрэй", "சேர்த்துடு"). */
function find(text: string, source: string): Span | null {
  const m = new RegExp(`(?<!${L})(?:${source})${L}*`, 'u').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The list: the whole word holding the list stem, widened to a tagged name that touches it. */
function listSpan(text: string, words: ListAddWords, listName: string | undefined, guessName = true): Span | null {
  const m = new RegExp(`${L}*(?:${words.list})${L}*`, 'u').exec(text);
  let span: Span | null = m ? { start: m.index, end: m.index + m[0].length } : null;
  const name = listName?.toLowerCase().trim();
  const at = name ? text.indexOf(name) : -1;
  if (name && at >= 0) {
    const named = { start: at, end: at + name.length };
    // The name and the list word within two words of each other are one list ("lista de cumpărături").
    const gap = span ? text.slice(Math.min(span.end, named.end), Math.max(span.start, named.start)) : '';
    span = !span ? named : gap.trim().split(/\s+/).filter(Boolean).length <= 2 ? { start: Math.min(span.start, at), end: Math.max(span.end, named.end) } : span;
  }
  // "nakupovalni seznam": the word before the list word names it, unless it is glue ("na seznam"),
  // an item said with the "and" ending ("ഉള്ളിയും ലിസ്റ്റിൽ") or in the object form, or the NLU already named the list there.
  const namedBefore = name !== undefined && at >= 0 && span !== null && at < (m?.index ?? Infinity);
  if (span && words.nameBefore && !namedBefore && guessName) {
    const prev = new RegExp(`(${L}+)\\s+$`, 'u').exec(text.slice(0, span.start));
    // "চাল এবং ডাল লিস্টে" (rice and lentils to the list): a word after "and" is an item.
    const afterAnd = prev ? new RegExp(`(?<!${L})(?:${words.and})\\s+$`, 'u').test(text.slice(0, prev.index)) : false;
    const notName = new RegExp(`^(?:${words.glue}|${words.and}|${words.verbs})$${words.andSuffix ? `|${words.andSuffix}$` : ''}`, 'u');
    // A word in the object form is an item ("ಹಾಲನ್ನು ಲಿಸ್ಟಿಗೆ", milk to the list), not the list's name.
    const isObject = prev && words.object ? words.object(prev[1]!) !== prev[1] : false;
    if (prev && !notName.test(prev[1]!) && !isObject && !afterAnd) span = { start: prev.index, end: span.end };
  }
  // "לרשימת הקניות": the word after a list word in the construct form names the list.
  if (span && words.nameAfter && new RegExp(`^(?:${words.nameAfter})$`, 'u').test(text.slice(span.start, span.end))) {
    const next = new RegExp(`^\\s+(${L}+)`, 'u').exec(text.slice(span.end));
    if (next) span = { start: span.start, end: span.end + next[0].length };
  }
  return span;
}

/** `part` without `glue` or "and" words at either end, repeatedly ("… lista compra i afegeix llet": "i" is no item). */
function trimGlue(part: string, words: ListAddWords): string {
  const w = `${words.glue}|${words.and}${words.need ? `|${words.need}` : ''}`;
  const edge = new RegExp(`^(?:${w})(?!${L})\\s*|\\s*(?<!${L})(?:${w})$`, 'u');
  let t = part.trim();
  for (let i = 0; i < 8; i++) {
    const next = t.replace(edge, '').trim();
    if (next === t) break;
    t = next;
  }
  return t;
}

/**
 * Thai runs words together: the first add verb, the "and" words and the glue just before the
 * list word get spaces around them, so the spaced reading below applies ("เพิ่มไข่กับนมใน
 * รายการซื้อของ" → "เพิ่ม ไข่ กับ นม ใน รายการซื้อของ"). Not Khmer or Burmese: measured on
 * MASSIVE, their particles after the verb ("ထည့်လိုက်ပါ", put in) became items.
 */
const SPACED_OUT = new Set(['th']);
function spaceOut(t: string, words: ListAddWords): string {
  return t
    .replace(new RegExp(words.verbs, 'u'), ' $& ')
    .replace(new RegExp(`(?:${words.and})`, 'gu'), ' $& ')
    .replace(new RegExp(`(?:${words.glue})(?= ?(?:${words.list}))`, 'gu'), ' $& ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The item text for adding in `text` (lower-cased), or null; `lang` has no pack. */
export function itemInTable(text: string, lang: string, listName: string | undefined): string | null {
  const words = listWordsOnly(lang);
  if (!words) return null;
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const t = SPACED_OUT.has(lang) ? spaceOut(lower, words) : lower;
  const found = itemAround(t, words, lang, listName, true);
  // A guessed list name that leaves no item was the item ("ডাল লিস্টে যোগ করো", lentils to the list: add).
  return found === undefined && words.nameBefore ? (itemAround(t, words, lang, listName, false) ?? null) : (found ?? null);
}

/** The item around the verb and the list in `t`; null: a placeholder, no item meant; undefined: none found. */
function itemAround(t: string, words: ListAddWords, lang: string, listName: string | undefined, guessName: boolean): string | null | undefined {
  const list = listSpan(t, words, listName, guessName);
  if (!list) return undefined;
  // No add verb, no item: "create a list called …", "what is on my list" are not additions.
  const verb = find(t, words.verbs);
  if (!verb) return undefined;
  const before = t.slice(0, list.start);
  const after = t.slice(list.end);
  let candidates: string[];
  // Last, the words before the verb: "tepung lebokno dhaptar blanja" (flour, put in the list), "ek het
  // batterye nodig, sit dit op die lys" (I need batteries, put it on the list: "dit" refers back).
  if (verb.end <= list.start) candidates = [t.slice(verb.end, list.start), after, t.slice(0, verb.start)];
  // The list, then the verb: the items between them, after the verb ("სიაში ჩაამატე რძე და პური"), or before the list;
  // items first, the verb last: before the list, else after a list the NLU named ("تو لیست خرید شیر رو بنویس").
  else if (verb.start >= list.end) candidates = words.itemsFirst ? [before, t.slice(list.end, verb.start)] : [t.slice(list.end, verb.start), t.slice(verb.end), before];
  // The verb glued to the list in an unspaced script ("ស្ករ បន្ថែមក្នុងបញ្ជី", sugar, add into the list).
  else candidates = [before, after];
  const pronoun = words.pronouns ? new RegExp(`^(?:${words.pronouns})$`, 'u') : null;
  for (const c of candidates) {
    const item = trimGlue(c, words);
    if (!item || pronoun?.test(item)) continue;
    // "add something to the list" names no item: the skill asks which.
    return placeholderOnly(item, lang) ? null : item;
  }
  return undefined;
}

/**
 * A run of words said without "and" between them ("mjölk ägg" of "mjölk ägg och kaffe"): one
 * item per word when every word is a known grocery item (languages/groceryWords.ts), else the
 * run as one item ("röd lök", red onion, stays one).
 */
function groceryRun(part: string, lang: string): string[] {
  const runWords = part.split(/\s+/).filter(Boolean);
  if (runWords.length < 2) return [part];
  const known = grocerySet(lang);
  if (runWords.every((w) => known.has(w))) return runWords;
  // A known item first in a run of three words or more is one item, the rest another ("miltus kaķu
  // barību", flour, cat food): a known word is never the first half of an item (groceryWords.ts).
  // Not before glue ("چائے کی پتی", tea leaves, "of"), nor a known word last ("زیتون کا تیل" is olive oil); two words stay one ("röd lök").
  const glue = new RegExp(`^(?:${listWordsOnly(lang)?.glue ?? '$^'})$`, 'u');
  return runWords.length >= 3 && known.has(runWords[0]!) && !glue.test(runWords[1]!) ? [runWords[0]!, runWords.slice(1).join(' ')] : [part];
}

/** The items in one request's item text: split at "and" words and commas; each without its article, in its dictionary form. */
export function splitItemsInTable(item: string, lang: string): string[] | null {
  const words = listWordsOnly(lang);
  if (!words) return null;
  const suffix = `${words.andSuffix ? `|(?<=${words.andSuffix})\\s+` : ''}${words.andGlued ? `|(?<=\\S)(?:${words.andGlued})\\s+` : ''}`;
  const and = new RegExp(`\\s*,\\s*|\\s+(?:${words.and})\\s+${words.andPrefix ? `|\\s+(?=${words.andPrefix}${L})` : ''}${suffix}`, 'u');
  const article = words.articles ? new RegExp(`^(?:${words.articles})(?:\\s+|(?<='))`, 'u') : null;
  const parts = item
    .split(and)
    .map((p) => (words.andPrefix && p.startsWith(words.andPrefix) && p.length > 2 ? p.slice(words.andPrefix.length) : p))
    .map((p) => trimGlue(article ? p.trim().replace(article, '') : p, words))
    .flatMap((p) => groceryRun(p, lang))
    .map((p) => (words.object ? words.object(p) : p))
    .filter(Boolean);
  return parts.length ? parts : null;
}

/** Removal verbs of two words, counted as one ("ta bort inköpslistan" deletes the list). */
const TWO_WORD_REMOVALS: Readonly<Record<string, string>> = { sv: 'ta bort', nb: 'ta bort|ta vekk', da: 'smid ud', is: 'taktu út', hu: 'töröld ki' };

/**
 * What a removal in a language without a pack names, read against what the lists hold: there
 * are no remove verbs in the tables, but the item to remove is already stored ("ta bort mjölk
 * från inköpslistan": "mjölk" is on the list). `item`: the longest stored item said, as a word
 * or the start of one ("tejet" of "tej"); `onlyList`: besides the list only its verb was said
 * ("poista ostoslista"), so the whole list is meant. Anything else removes nothing.
 */
export function removalInTable(text: string, lang: string, listName: string | undefined, stored: readonly string[]): { item?: string; onlyList: boolean } {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const unspaced = UNSPACED_WITHOUT_PACK.has(lang);
  const said = (item: string) => {
    const i = item.toLowerCase().trim();
    if (!i) return false;
    if (unspaced) return t.includes(i);
    // A stem of three letters or more takes endings ("tej" in "tejet"); a shorter one is a whole word.
    const end = i.length >= 3 ? '' : `(?!${L})`;
    return new RegExp(`(?<!${L})${escapeRe(i)}${end}`, 'u').test(t);
  };
  const item = [...stored].sort((a, b) => b.length - a.length).find(said);
  if (item) return { item, onlyList: false };
  const words = listWordsOnly(lang);
  const list = words ? listSpan(t, words, listName) : null;
  const rest = list ? `${t.slice(0, list.start)} ${t.slice(list.end)}` : t;
  // Glue words ("la meva", my; "på") are no item: "elimina la meva llista de tasques" deletes the
  // list. One word more than the verb may be an item not on the list ("çörəyi ... çıxart", take
  // the bread off): deleting the list then loses data, so only the verb may be left.
  const glue = words ? new RegExp(`^(?:${words.glue})$`, 'u') : null;
  const verbs = Object.hasOwn(TWO_WORD_REMOVALS, lang) ? TWO_WORD_REMOVALS[lang]! : null;
  const kept = (verbs ? rest.replace(new RegExp(`(?<!${L})(?:${verbs})(?!${L})`, 'u'), 'x') : rest).split(' ').filter((w) => w && !glue?.test(w));
  const left = unspaced ? rest.replace(/\s+/g, '').length <= 4 : kept.length <= 1;
  return { onlyList: list !== null && left };
}
