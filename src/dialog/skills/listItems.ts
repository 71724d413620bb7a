/**
 * Finding the item in "add milk to my shopping list": MASSIVE does not mark list items as
 * slots, so the words between the verb and the list are taken, as typed (runs of spaces
 * made one), with a few patterns per language. Nothing found → the skill asks (askListItem).
 *
 * Cost: the text is capped (MAX_LIST_TEXT); the patterns see single spaces only, so no two
 * quantifiers compete for the same spaces; and each pattern is tried at its first few verbs
 * only (MAX_VERB_TRIES), because every try scans to the end of the text: trying all of
 * "add add add …" was quadratic, and "add" + 4,000 spaces took 20 s with the old patterns.
 */

/** A pattern: where it may start (`verb`, global) and the whole of it (`full`, sticky; group 1 is the item). */
interface ItemPattern {
  verb: RegExp;
  full: RegExp;
}

/** Builds a pattern from its verb and the rest; the text it runs on is single-spaced. */
const p = (verb: string, rest: string, flags = 'i'): ItemPattern => ({
  verb: new RegExp(verb, `g${flags}`),
  full: new RegExp(verb + rest, `y${flags}`),
});

const ADD: Record<string, ItemPattern[]> = {
  en: [
    p('\\b(?:add|put|include|append|write(?: down)?)', ' (.+?) (?:to|on|onto|in|into) (?:my|the|a|our)\\b'),
    p('\\b(?:add|put)', ' (.+)$'),
  ],
  de: [
    // "füge X meiner (Einkaufs)liste hinzu", "… meiner einkaufs liste hinzu"
    p('\\b(?:füge?|fuege)', ' (.+?) (?:meiner|deiner|der|unserer) \\S* ?liste hinzu'),
    p('\\b(?:füge?|fuege|setze?|schreibe?|pack|packe|trage?)', ' (.+?) (?:zu|zur|zum|auf|in) (?:meine[rnms]?|die|der|den|das|unsere[rnms]?)\\b'),
    p('\\b(?:füge?|setze?|schreibe?)', ' (.+?) (?:zur|zum|auf) \\S'),
  ],
  fr: [p('\\b(?:ajoute[rz]?|mets|mettez|mettre|inscris|note)', ' (.+?) (?:à|a|sur|dans) (?:ma|la|mon|le|les|mes)\\b')],
  es: [
    p('\\b(?:añade|agrega|pon|añadir|agregar|apunta|incluye)', ' (.+?) (?:a|en|al) (?:mi|la|el|lista)\\b'),
    p('\\b(?:añade|agrega|pon|apunta)', ' (.+?) (?:al|a la)\\b'),
  ],
  it: [p('\\b(?:aggiungi|metti|inserisci|scrivi)', ' (.+?) (?:alla|al|nella|nel|sulla|sul|in|a)\\b')],
  // Not \b after the preposition: "à" is no word character to JS.
  pt: [p('\\b(?:adiciona|adicione|acrescenta|acrescente|coloca|coloque|põe|poe|adicionar)', ' (.+?) (?:à|a|na|no|em|ao)(?= |$)')],
  // The item cannot contain the particles, so each try stops at the next one.
  ja: [p('(?:に|へ)', '([^にへを]+?)を(?:追加|入れ|加え|書)', ''), p('^', '([^にへを]+?)を.*?(?:追加|入れ|加え)', '')],
  zh: [p('(?:把|将|將)', '(.+?)(?:加到|加入|添加到|放到|放进|加进|加在)', ''), p('(?:添加|加上)', '(.+)$', '')],
  hi: [
    p('(?:में|पर)', ' (.+?) (?:जोड़|जोड|डाल|लिख)', ''),
    // "दूध (को) (मेरी) (खरीदारी) सूची में जोड़ो"
    p('^', '(.+?) (?:को )?(?:(?:मेरी|मेरे) )?(?:\\S+ )?(?:सूची|लिस्ट) में (?:जोड़|जोड|डाल)', ''),
  ],
  ar: [p('(?:اضف|أضف|أضيف|اضيف|ضيف|حط|سجل|ضع)', ' (.+?) (?:الى|إلى|إلي|الي|ل|في|على|ع)(?: |ال)', '')],
  ru: [p('(?:добавь|добавьте|добавить|запиши|запишите|внеси|внесите)', ' (.+?) (?:в|во|на) ')],
  sw: [p('\\b(?:ongeza|weka|andika)', ' (.+?) (?:kwenye|katika|kwa|ndani ya)\\b')],
};

const REMOVE: Record<string, ItemPattern[]> = {
  en: [p('\\b(?:remove|delete|take|cross|erase|drop)', ' (.+?) (?:off )?(?:from|off) (?:my|the|a|our)?\\b')],
  de: [p('\\b(?:entferne|lösche|loesche|streiche|nimm)', ' (.+?) (?:von|aus) (?:meine[rnms]?|der|die|dem|den)?\\b')],
  fr: [p('\\b(?:enlève|enleve|supprime|retire|efface|raye)', ' (.+?) (?:de|du|des) (?:ma|la|mon|le)?\\b')],
  es: [p('\\b(?:quita|elimina|borra|saca|tacha)', ' (.+?) (?:de|del) (?:mi|la|el)?\\b')],
  it: [p('\\b(?:togli|rimuovi|elimina|cancella)', ' (.+?) (?:da|dalla|dal|dalle)\\b')],
  pt: [p('\\b(?:remove|remova|tira|tire|apaga|apague|elimina)', ' (.+?) (?:da|do|de)\\b')],
  ja: [p('から', '([^からを]+?)を(?:削除|消|外)', ''), p('^', '([^を]+?)を.*?(?:削除|消|外)', '')],
  zh: [p('(?:把|将|將)', '(.+?)(?:从|從)', ''), p('(?:删除|删掉|去掉|移除)', '(.+)$', '')],
  hi: [p('से', ' (.+?) (?:हटा|हटाओ|निकाल|मिटा)', '')],
  ar: [p('(?:احذف|إحذف|امسح|شيل|ازل|أزل)', ' (.+?) من ', '')],
  ru: [p('(?:удали|удалите|убери|уберите|вычеркни)', ' (.+?) (?:из|со|с) ')],
  sw: [p('\\b(?:ondoa|futa)', ' (.+?) (?:kwenye|kutoka|katika)\\b')],
};

/** Words that stand for "an item" rather than being one ("add an item to my list"). */
const PLACEHOLDERS =
  /^(?:(?:an? )?(?:new )?(?:item|items|something|thing|things|entry|it|that|this)|etwas|einen (?:posten|eintrag)|quelque chose|un (?:élément|article)|algo|un elemento|qualcosa|alguma coisa|um item|что-нибудь|что-то|kitu)$/i;

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
  const lang = (locale.split('-')[0] ?? '').toLowerCase();
  const said = text.replace(/\s+/g, ' ').trim();
  for (const pattern of (mode === 'add' ? ADD : REMOVE)[lang] ?? []) {
    const item = firstMatch(pattern, said)?.trim().replace(/^(?:the|some) /i, '');
    if (!item || /^(?:to|on|in|into|from)\b/i.test(item)) continue;
    // "add something to my list": the user named no item; looser patterns must not find one.
    if (PLACEHOLDERS.test(item)) return null;
    // The list's own name is not an item ("add to my shopping list").
    if (listName && item.toLowerCase().includes(listName.toLowerCase())) continue;
    return item;
  }
  return null;
}

/** The item named in `text` for adding (`mode: 'add'`) or removing, or null (also for text over MAX_LIST_TEXT). */
export function findListItem(text: string, locale: string, mode: 'add' | 'remove', listName?: string): string | null {
  return text.length > MAX_LIST_TEXT ? null : itemIn(text, locale, mode, listName);
}
