/**
 * Finding the item in "add milk to my shopping list": MASSIVE does not mark list items as
 * slots, so the words between the verb and the list are taken, exactly as typed, with a
 * few patterns per language. Nothing found → the skill asks (askListItem).
 */

/** `[pattern, group]`: group 1 is the item. Tried in order against the original text. */
const ADD: Record<string, RegExp[]> = {
  en: [/\b(?:add|put|include|append|write(?: down)?)\s+(.+?)\s+(?:to|on|onto|in|into)\s+(?:my|the|a|our)\b/i, /\b(?:add|put)\s+(.+?)\s*$/i],
  de: [/\b(?:füge?|fuege)\s+(.+?)\s+(?:meiner|deiner|der|unserer)\s+\S*\s*liste\s+hinzu/i, /\b(?:füge?|fuege|setze?|schreibe?|pack|packe|trage?)\s+(.+?)\s+(?:zu|zur|zum|auf|in)\s+(?:meine[rnms]?|die|der|den|das|unsere[rnms]?)\b/i, /\b(?:füge?|setze?|schreibe?)\s+(.+?)\s+(?:zur|zum|auf)\s+\S+/i],
  fr: [/\b(?:ajoute[rz]?|mets|mettez|mettre|inscris|note)\s+(.+?)\s+(?:à|a|sur|dans)\s+(?:ma|la|mon|le|les|mes)\b/i],
  es: [/\b(?:añade|agrega|pon|añadir|agregar|apunta|incluye)\s+(.+?)\s+(?:a|en|al)\s+(?:mi|la|el|lista)\b/i, /\b(?:añade|agrega|pon|apunta)\s+(.+?)\s+(?:al|a la)\b/i],
  it: [/\b(?:aggiungi|metti|inserisci|scrivi)\s+(.+?)\s+(?:alla|al|nella|nel|sulla|sul|in|a)\b/i],
  pt: [/\b(?:adiciona|adicione|acrescenta|acrescente|coloca|coloque|põe|poe|adicionar)\s+(.+?)\s+(?:à|a|na|no|em|ao)(?=\s|$)/i], // not \b: "à" is no word character to JS
  ja: [/(?:に|へ)([^にへを]+?)を(?:追加|入れ|加え|書)/, /^([^にへを]+?)を(?:.*?)(?:追加|入れ|加え)/],
  zh: [/(?:把|将|將)(.+?)(?:加到|加入|添加到|放到|放进|加进|加在)/, /(?:添加|加上)(.+?)$/],
  hi: [/(?:में|पर)\s+(.+?)\s+(?:जोड़|जोड|डाल|लिख)/, /^(.+?)\s+(?:को\s+)?(?:मेरी|मेरे)?\s*\S*\s*(?:सूची|लिस्ट)\s+में\s+(?:जोड़|जोड|डाल)/],
  ar: [/(?:اضف|أضف|أضيف|اضيف|ضيف|حط|سجل|ضع)\s+(.+?)\s+(?:الى|إلى|إلي|الي|ل|في|على|ع)(?:\s|ال)/],
  ru: [/(?:добавь|добавьте|добавить|запиши|запишите|внеси|внесите)\s+(.+?)\s+(?:в|во|на)\s/i],
  sw: [/\b(?:ongeza|weka|andika)\s+(.+?)\s+(?:kwenye|katika|kwa|ndani ya)\b/i],
};

const REMOVE: Record<string, RegExp[]> = {
  en: [/\b(?:remove|delete|take|cross|erase|drop)\s+(.+?)\s+(?:off\s+)?(?:from|off)\s+(?:my|the|a|our)?\b/i],
  de: [/\b(?:entferne|lösche|loesche|streiche|nimm)\s+(.+?)\s+(?:von|aus)\s+(?:meine[rnms]?|der|die|dem|den)?\b/i],
  fr: [/\b(?:enlève|enleve|supprime|retire|efface|raye)\s+(.+?)\s+(?:de|du|des)\s+(?:ma|la|mon|le)?\b/i],
  es: [/\b(?:quita|elimina|borra|saca|tacha)\s+(.+?)\s+(?:de|del)\s+(?:mi|la|el)?\b/i],
  it: [/\b(?:togli|rimuovi|elimina|cancella)\s+(.+?)\s+(?:da|dalla|dal|dalle)\b/i],
  pt: [/\b(?:remove|remova|tira|tire|apaga|apague|elimina)\s+(.+?)\s+(?:da|do|de)\b/i],
  ja: [/(?:から)([^からを]+?)を(?:削除|消|外)/, /^([^を]+?)を(?:.*?)(?:削除|消|外)/],
  zh: [/(?:把|将|將)(.+?)(?:从|從)/, /(?:删除|删掉|去掉|移除)(.+?)$/],
  hi: [/(?:से)\s+(.+?)\s+(?:हटा|हटाओ|निकाल|मिटा)/],
  ar: [/(?:احذف|إحذف|امسح|شيل|ازل|أزل)\s+(.+?)\s+(?:من)\s/],
  ru: [/(?:удали|удалите|убери|уберите|вычеркни)\s+(.+?)\s+(?:из|со|с)\s/i],
  sw: [/\b(?:ondoa|futa)\s+(.+?)\s+(?:kwenye|kutoka|katika)\b/i],
};

/** Words that stand for "an item" rather than being one ("add an item to my list"). */
const PLACEHOLDERS =
  /^(?:(?:an? )?(?:new )?(?:item|items|something|thing|things|entry|it|that|this)|etwas|einen (?:posten|eintrag)|quelque chose|un (?:élément|article)|algo|un elemento|qualcosa|alguma coisa|um item|что-нибудь|что-то|kitu)$/i;

/** The item named in `text` for adding (`mode: 'add'`) or removing, or null. */
export function findListItem(text: string, locale: string, mode: 'add' | 'remove', listName?: string): string | null {
  const lang = (locale.split('-')[0] ?? '').toLowerCase();
  for (const re of (mode === 'add' ? ADD : REMOVE)[lang] ?? []) {
    const item = re.exec(text)?.[1]?.trim().replace(/^(?:the|some)\s+/i, '');
    if (!item || /^(?:to|on|in|into|from)\b/i.test(item)) continue;
    // "add something to my list": the user named no item; looser patterns must not find one.
    if (PLACEHOLDERS.test(item)) return null;
    // The list's own name is not an item ("add to my shopping list").
    if (listName && item.toLowerCase().includes(listName.toLowerCase())) continue;
    return item;
  }
  return null;
}
