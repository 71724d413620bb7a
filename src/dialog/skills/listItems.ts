/**
 * Finding the item in "add milk to my shopping list": MASSIVE does not mark list items as
 * slots, so the words between the verb and the list are taken, as typed (runs of spaces
 * made one), with the patterns of the utterance's pack (`lists.add`, `lists.remove`).
 * Nothing found → the skill asks (askListItem).
 *
 * Cost: the text is capped (MAX_LIST_TEXT); the patterns see single spaces only, so no two
 * quantifiers compete for the same spaces; and each pattern is tried at its first few verbs
 * only (MAX_VERB_TRIES), because every try scans to the end of the text: trying all of
 * "add add add …" was quadratic, and "add" + 4,000 spaces took 20 s with the old patterns.
 */
import { langOf, packFor, withEnglish } from '../languages/index.ts';
import { itemInTable, splitItemsInTable } from './listItemsOnly.ts';
import type { ItemPattern } from '../languages/types.ts';

/** Longest utterance read for an item; "add … to my list" is far shorter. */
export const MAX_LIST_TEXT = 500;

/**
 * Verbs tried per pattern. Where the item may be any text, a pattern that fails at a verb
 * with a space after it fails at every later verb too (the rest only has less text to find
 * the list in); the ja items end at the next particle, so a later verb there is tried, up
 * to this many. A few tries find what trying them all would, at a cost linear in the text.
 */
const MAX_VERB_TRIES = 8;

/** Group 1 of `pattern` at the first of its verbs where it matches, or undefined. */
function firstMatch(pattern: ItemPattern, text: string): string | undefined {
  let tries = 0;
  for (const verb of text.matchAll(pattern.verb)) {
    if (++tries > MAX_VERB_TRIES) break;
    pattern.full.lastIndex = verb.index;
    const item = pattern.full.exec(text)?.[1];
    if (item !== undefined) return item;
  }
  return undefined;
}

/**
 * The item named in `text` for adding (`mode: 'add'`) or removing, or null; any length of
 * text (`findListItem` caps it). Exported for the linear-time tests.
 */
export function itemIn(text: string, locale: string, mode: 'add' | 'remove', listName?: string): string | null {
  const pack = packFor(locale);
  const said = text.replace(/\s+/g, ' ').trim();
  const words = withEnglish(locale).map((p) => p.lists);
  // "add an item to my list": words that stand for an item rather than being one.
  const placeholder = new RegExp(`^(?:${words.flatMap((w) => w.placeholders).join('|')})$`, 'iu');
  const listFirst = (mode === 'add' ? pack?.lists.addListFirst : pack?.lists.removeListFirst) ?? [];
  const patterns = [...listFirst, ...((mode === 'add' ? pack?.lists.add : pack?.lists.remove) ?? [])];
  const fillers = pack?.lists.fillers ? new RegExp(`^(?:${pack.lists.fillers}) | (?:${pack.lists.fillers})$`, 'iu') : null;
  for (const [i, pattern] of patterns.entries()) {
    const found = firstMatch(pattern, said)?.trim();
    let item = found;
    if (item && listName && i < listFirst.length) item = afterName(item, listName);
    for (let k = 0; item && fillers && k < 3; k++) item = item.replace(fillers, '').trim();
    for (const w of words) if (item && w.articles) item = item.replace(w.articles, '');
    if (!item || words.some((w) => w.notItem?.test(item!))) continue;
    // "add something to my list": the user named no item; looser patterns must not find one.
    // Tried with its article too ("una cosa" is no item, though "cosa" alone might be one).
    if (placeholder.test(item) || placeholder.test(found!)) return null;
    // The list's own name is not an item ("add to my shopping list").
    if (listName && item.toLowerCase().includes(listName.toLowerCase())) continue;
    return item;
  }
  return null;
}

/**
 * What follows the list's name that the NLU tagged at the start of `text` ("покупок сыр и
 * молоко" after "добавь в список", "de courses du lait"): up to two words ("de", "della")
 * may come before the name. `text` itself when the name is not there.
 */
function afterName(text: string, name: string): string {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0 || (at > 0 && text[at - 1] !== ' ') || text.slice(0, at).split(' ').filter(Boolean).length > 2) return text;
  const end = at + name.length;
  // The name ends a word: "list" inside "listing" is no name.
  return end === text.length || text[end] === ' ' ? text.slice(end).trim() : text;
}

/** The item named in `text` for adding (`mode: 'add'`) or removing, or null (also for text over MAX_LIST_TEXT). */
export function findListItem(text: string, locale: string, mode: 'add' | 'remove', listName?: string): string | null {
  if (text.length > MAX_LIST_TEXT) return null;
  // A language without a pack: its table of list words (languages/listWords.ts), for adding.
  if (!packFor(locale) && mode === 'add') return itemInTable(text, langOf(locale), listName);
  return itemIn(text, locale, mode, listName);
}

/**
 * An unspaced run written as known items one after another ("苹果香蕉"): those items, in the
 * fewest pieces that cover all of it; null when no cover has two pieces or more ("苹果汁",
 * apple juice, is "苹果" and an unknown "汁"). Linear in the run times the longest item.
 */
function coverByKnown(run: string, known: ReadonlySet<string>): string[] | null {
  const chars = [...run];
  const longest = Math.max(0, ...[...known].map((w) => [...w].length));
  // best[i]: the fewest known items that make up chars[0, i), and where the last one starts.
  const best: { pieces: number; from: number }[] = [{ pieces: 0, from: -1 }];
  for (let end = 1; end <= chars.length; end++) {
    best[end] = { pieces: Infinity, from: -1 };
    for (let start = Math.max(0, end - longest); start < end; start++) {
      if (best[start]!.pieces + 1 < best[end]!.pieces && known.has(chars.slice(start, end).join(''))) best[end] = { pieces: best[start]!.pieces + 1, from: start };
    }
  }
  if (!(best[chars.length]!.pieces >= 2 && best[chars.length]!.pieces < Infinity)) return null;
  const pieces: string[] = [];
  for (let end = chars.length; end > 0; end = best[end]!.from) pieces.unshift(chars.slice(best[end]!.from, end).join(''));
  return pieces;
}

/**
 * The items in one request's item text: "apples and pears", "Äpfel, Birnen und Milch",
 * "사과와 배" (the pack's `separators`). A recognizer writes no commas, so a part is split
 * further before a word that begins an item ("du lait des œufs": `itemStarts`) and into
 * its words when each is a known item ("eggs butter": `knownItems`), or, in an unspaced
 * script, into the known items that make up all of it ("苹果香蕉"). One item when nothing
 * separates it.
 */
export function splitItems(item: string, locale: string): string[] {
  const pack = packFor(locale);
  const lists = pack?.lists;
  const said = item.replace(/\s+/g, ' ').trim();
  if (!lists && said.length <= MAX_LIST_TEXT) return splitItemsInTable(said, langOf(locale)) ?? [said];
  if (!lists?.separators || said.length > MAX_LIST_TEXT) return [said];
  const starts = lists.itemStarts ? new RegExp(` (?=(?:${lists.itemStarts}) )`, 'iu') : null;
  const known = new Set((lists.knownItems ?? []).map((w) => w.toLocaleLowerCase(locale)));
  const parts = said
    .split(lists.separators)
    .flatMap((part) => (starts ? part.split(starts) : [part]))
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const words = part.split(' ');
      if (pack?.unspaced && words.length === 1 && known.size) return coverByKnown(part.toLocaleLowerCase(locale), known) ?? [part];
      return words.length > 1 && words.every((w) => known.has(w.toLocaleLowerCase(locale))) ? words : [part];
    });
  return parts.length > 1 ? parts : [said];
}

/**
 * Whether two items are the same item, said with or without an article ("le lait" and "du
 * lait", "the eggs" and "eggs"; the pack's `determiners`), in any case.
 */
export function sameListItem(a: string, b: string, locale: string): boolean {
  const dets = packFor(locale)?.lists.determiners;
  const lead = dets ? new RegExp(`^(?:${dets})(?:\\s+|(?<='))`, 'iu') : null;
  const key = (s: string) => {
    const t = s.replace(/\s+/g, ' ').trim().toLocaleLowerCase(locale);
    return (lead ? t.replace(lead, '') : t).trim();
  };
  return key(a) === key(b);
}
