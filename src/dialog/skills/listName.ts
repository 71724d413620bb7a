/**
 * A list's name as said → the name it is kept under, so one list is found however it is
 * named: MASSIVE marks "einkaufs" in "auf die einkaufs liste", "shopping list" or just
 * "shopping", "lista de compras". The word for "list" is dropped, except in German where
 * the name is a compound ("einkaufs" + "liste" → "Einkaufsliste", like the written word).
 */
import type { SkillContext } from '../types.ts';

/** The word "list" around a name, per language (`^…` before it, `…$` after it). */
const LIST_WORDS: Record<string, RegExp[]> = {
  en: [/\s+lists?$/i, /^lists?\s+(?:of\s+|for\s+)?/i],
  fr: [/^listes?\s+(?:de\s+|des\s+|du\s+|d')?/i, /\s+listes?$/i],
  es: [/^listas?\s+(?:de(?:l|\s+la|\s+los|\s+las)?\s+|para\s+)?/i, /\s+listas?$/i],
  it: [/^list[ae]\s+(?:della|dello|delle|degli|dei|del|di|per)?\s*/i, /\s+list[ae]$/i],
  pt: [/^listas?\s+(?:de|da|do|das|dos|para)?\s*/i, /\s+listas?$/i],
  ru: [/^спис(?:ок|ка|ке|ком)\s+/i, /\s+спис(?:ок|ка|ке|ком)$/i],
  ja: [/の?リスト$/],
  zh: [/的?(?:清单|清單|列表)$/],
  hi: [/\s*(?:की\s+)?(?:सूची|लिस्ट)$/],
  ar: [/^(?:قائمة|قائمه|لائحة|لائحه)\s+/],
  sw: [/^orodha\s+(?:ya\s+)?/i],
};

/** German: "einkaufs" followed by "liste", or "einkaufs liste" in the slot → "Einkaufsliste". */
function german(said: string, following: string): string {
  const inSlot = /^(.*?)[\s-]*liste$/i.exec(said);
  const base = (inSlot ? inSlot[1]! : said).trim();
  if (!base || (!inSlot && !/^[\s-]*liste\b/i.test(following))) return said;
  const head = base[0]!.toUpperCase() + base.slice(1);
  // One word is written together (Einkaufsliste); several get a hyphen ("to do-Liste").
  return /\s/.test(base) ? `${base}-Liste` : `${head}liste`;
}

/** The list name in the utterance (slot `list_name`), as it is kept; undefined when none. */
export function listNameSaid(ctx: SkillContext): string | undefined {
  const slot = ctx.u.slots.find((s) => s.label === 'list_name' && s.text.trim() !== '');
  if (!slot) return undefined;
  const said = slot.text.trim().replace(/\s+/g, ' ');
  const lang = (ctx.u.locale.split('-')[0] ?? '').toLowerCase();
  if (lang === 'de') return german(said, ctx.u.text.slice(slot.end));
  const stripped = (LIST_WORDS[lang] ?? []).reduce((name, re) => name.replace(re, ''), said).trim();
  // A name that was only the word "list" stays as said.
  return stripped || said;
}
