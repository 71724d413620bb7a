/**
 * A list's name as said → the name it is kept under, so one list is found however it is
 * named: MASSIVE marks "einkaufs" in "auf die einkaufs liste", "shopping list" or just
 * "shopping", "lista de compras". The word for "list" is dropped (the pack's `nameWords`),
 * except where the name is a compound (`compoundWith`: "einkaufs" + "liste" →
 * "Einkaufsliste", like the written word).
 */
import { grocerySet } from '../languages/groceryWords.ts';
import { langOf, packFor } from '../languages/index.ts';
import type { SlotSpan } from '../../nlu/types.ts';
import type { SkillContext } from '../types.ts';

/** `text` without a trailing run of spaces and hyphens (a loop: a regex for it backtracks on long runs). */
function trimJoin(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s-]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Whether `text` starts with the whole word `word` ("liste", not "listen"). */
function startsWithWord(text: string, word: string): boolean {
  return text.toLowerCase().startsWith(word) && !/[\p{L}\p{N}_]/u.test(text[word.length] ?? '');
}

/** "einkaufs" followed by "liste", or "einkaufs liste" in the slot → "Einkaufsliste". */
function compound(said: string, following: string, word: string): string {
  const inSlot = said.toLowerCase().endsWith(word);
  const base = (inSlot ? trimJoin(said.slice(0, -word.length)) : said).trim();
  if (!base || (!inSlot && !startsWithWord(following.replace(/^[\s-]+/, ''), word))) return said;
  const head = base[0]!.toUpperCase() + base.slice(1);
  // One word is written together (Einkaufsliste); several get a hyphen ("to do-Liste").
  return /\s/.test(base) ? `${base}-${word[0]!.toUpperCase()}${word.slice(1)}` : `${head}${word}`;
}

/**
 * `slot` without the known grocery words at its ends (languages/groceryWords.ts); undefined when
 * nothing else is left. Without a pack the model often tags items as the list's name: "ពងមាន់"
 * and "នំបុ័ង" (eggs, bread) of "បន្ថែម ទឹកដោះគោ ពងមាន់ និង នំបុ័ង ចូលបញ្ជីទិញឥវ៉ាន់", "బియ్యం
 * ఉల్లిపాయలు" (rice, onions) before "షాపింగ్ లిస్ట్", "za trgovino mleko" (milk): those words
 * are whole items, never a list's name.
 */
function withoutGroceryEdges(slot: SlotSpan, lang: string): SlotSpan | undefined {
  const known = grocerySet(lang);
  if (!known.size) return slot;
  const words = [...slot.text.matchAll(/\S+/gu)];
  let first = 0;
  let last = words.length - 1;
  while (first <= last && known.has(words[first]![0].toLowerCase())) first++;
  while (last >= first && known.has(words[last]![0].toLowerCase())) last--;
  if (first > last) return undefined;
  if (first === 0 && last === words.length - 1) return slot;
  const a = words[first]!.index;
  const b = words[last]!.index + words[last]![0].length;
  return { ...slot, start: slot.start + a, end: slot.start + b, text: slot.text.slice(a, b) };
}

/** The `list_name` slots said; without a pack, not the grocery words among them (withoutGroceryEdges). */
function nameSlots(ctx: SkillContext): SlotSpan[] {
  const slots = ctx.u.slots.filter((s) => s.label === 'list_name' && s.text.trim() !== '');
  if (packFor(ctx.u.locale)) return slots;
  const lang = langOf(ctx.u.locale);
  return slots.flatMap((s) => withoutGroceryEdges(s, lang) ?? []);
}

/** The first list name said (see nameSlots), trimmed; undefined when none. */
export function listNameText(ctx: SkillContext): string | undefined {
  return nameSlots(ctx)[0]?.text.trim();
}

/**
 * The `list_name` slot naming the list. The model sometimes tags an item word as a list too
 * ("metti il detersivo e le spugne nella lista della spesa": "spugne" and "della spesa"); a
 * slot inside the item text (`itemText`, found without a list name) is an item, not the
 * list, also when it is the only one ("añade papel de cocina y servilletas a la lista":
 * "cocina", and the list has no name).
 */
export function listNameSlot(ctx: SkillContext, itemText?: string): SlotSpan | undefined {
  const slots = nameSlots(ctx);
  const item = itemText?.toLowerCase();
  if (!item) return slots[0];
  const outside = slots.filter((s) => !item.includes(s.text.trim().toLowerCase()));
  // A lone slot that is the whole "item" is the list's name after all ("alışveriş listesine ekle").
  const whole = slots.length === 1 && item.trim() === slots[0]!.text.trim().toLowerCase();
  return outside[0] ?? (slots.length > 1 || whole ? slots[0] : undefined);
}

/** The list name in the utterance (slot `list_name`, see listNameSlot), as it is kept; undefined when none. */
export function listNameSaid(ctx: SkillContext, itemText?: string): string | undefined {
  const slot = listNameSlot(ctx, itemText);
  if (!slot) return undefined;
  const said = slot.text.trim().replace(/\s+/g, ' ');
  const lists = packFor(ctx.u.locale)?.lists;
  if (lists?.compoundWith) return compound(said, ctx.u.text.slice(slot.end), lists.compoundWith);
  const stripped = (lists?.nameWords ?? []).reduce((name, re) => name.replace(re, ''), said).trim();
  // A name that was only the word "list" stays as said.
  return stripped || said;
}
