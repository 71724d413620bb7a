/**
 * The item in "add milk to my shopping list", per language, and the patterns' cost on
 * 100,000 hostile characters (loose time bound: it catches blow-ups, it is no benchmark).
 */
import { describe, expect, it } from 'vitest';
import { findListItem, itemIn, MAX_LIST_TEXT, sameListItem, splitItems } from './listItems.ts';

type Mode = 'add' | 'remove';
const CASES: [string, Mode, string, string | null, string | null][] = [
  ['en-US', 'add', 'add oat milk to my shopping list', null, 'oat milk'],
  ['en-US', 'add', 'put eggs on the list', null, 'eggs'],
  ['en-US', 'add', 'write down call mom in my to do list', null, 'call mom'],
  ['en-US', 'add', 'add bananas', null, 'bananas'],
  ['en-US', 'add', 'please add the milk to our list', null, 'milk'],
  ['en-US', 'add', 'add something to my list', null, null],
  ['en-US', 'add', 'add to my shopping list', 'shopping', null],
  ['en-US', 'add', 'add  oat   milk  to   my list', null, 'oat milk'],
  ['en-US', 'add', 'Add eggs and bread to the grocery list', null, 'eggs and bread'],
  ['en-US', 'add', 'include tea into a list', null, 'tea'],
  ['en-US', 'remove', 'delete bananas from shopping list', null, 'bananas'],
  // Colloquial add verbs, and particles or 把 left out (speech drops them).
  ['en-US', 'add', 'stick batteries on my list', null, 'batteries'],
  ['en-US', 'add', 'jot down rice to the shopping list', null, 'rice'],
  ['fr-FR', 'add', 'rajoute des piles sur ma liste', null, 'des piles'],
  ['fr-FR', 'add', 'note le beurre dans ma liste', null, 'le beurre'],
  ['es-ES', 'add', 'apúntame tomates en la lista', null, 'tomates'],
  ['es-ES', 'add', 'mete arroz en la lista de la compra', null, 'arroz'],
  ['it-IT', 'add', 'segna il caffè nella lista della spesa', null, 'il caffè'],
  ['it-IT', 'add', 'mettimi le uova nella lista', null, 'le uova'],
  ['pt-PT', 'add', 'mete arroz na lista de compras', null, 'arroz'],
  ['pt-PT', 'add', 'junta manteiga à lista', null, 'manteiga'],
  ['ru-RU', 'add', 'закинь хлеб и сыр в список покупок', null, 'хлеб и сыр'],
  ['ru-RU', 'add', 'впиши молоко в список', null, 'молоко'],
  ['pl-PL', 'add', 'wrzuć masło na listę zakupów', null, 'masło'],
  ['ja-JP', 'add', 'リストに電池追加して', null, '電池'],
  ['zh-CN', 'add', '电池和米加到购物清单', null, '电池和米'],
  ['en-US', 'remove', 'remove eggs from my list', null, 'eggs'],
  ['en-US', 'remove', 'take milk off the list', null, 'milk'],
  ['en-US', 'remove', 'cross bread off my list', null, 'bread'],
  ['en-US', 'remove', 'remove eggs from list', null, 'eggs'],
  ['de-DE', 'add', 'füge Milch zur Einkaufsliste hinzu', null, 'Milch'],
  ['de-DE', 'add', 'füge eier meiner lebensmittel liste hinzu', null, 'eier'],
  ['de-DE', 'add', 'bitte setze brot auf die einkaufs liste', null, 'brot'],
  ['de-DE', 'add', 'setze eier auf die to do liste', null, 'eier'],
  ['de-DE', 'add', 'schreib äpfel auf meine liste', null, 'äpfel'],
  ['de-DE', 'add', 'füge etwas meiner liste hinzu', null, null],
  ['de-DE', 'add', 'pack käse in den einkaufswagen', null, 'käse'],
  ['de-DE', 'add', 'füge Milch meiner Liste hinzu', null, 'Milch'],
  ['de-DE', 'add', 'trag butter in die liste ein', null, 'butter'],
  ['de-DE', 'remove', 'entferne milch von meiner liste', null, 'milch'],
  ['de-DE', 'remove', 'lösche eier aus der einkaufsliste', null, 'eier'],
  ['de-DE', 'remove', 'streiche brot von der liste', null, 'brot'],
  ['fr-FR', 'add', 'ajoute du lait à la liste de courses', null, 'du lait'],
  ['fr-FR', 'add', 'mets des pommes sur ma liste', null, 'des pommes'],
  ['fr-FR', 'add', 'ajouter du pain dans mes courses', null, 'du pain'],
  ['fr-FR', 'remove', 'enlève le pain de ma liste', null, 'le pain'],
  ['fr-FR', 'remove', 'supprime les oeufs de la liste', null, 'les oeufs'],
  ['es-ES', 'add', 'añade leche a la lista de compras', null, 'leche'],
  ['es-ES', 'add', 'pon huevos en mi lista', null, 'huevos'],
  ['es-ES', 'add', 'agrega pan al carrito', null, 'pan'],
  ['es-ES', 'remove', 'quita leche de mi lista', null, 'leche'],
  ['es-ES', 'remove', 'borra el pan de la lista', null, 'el pan'],
  ['it-IT', 'add', 'aggiungi latte alla lista della spesa', null, 'latte'],
  ['it-IT', 'add', 'metti il pane nella lista', null, 'il pane'],
  ['it-IT', 'remove', 'togli il pane dalla lista', null, 'il pane'],
  ['pt-PT', 'add', 'adiciona leite à lista de compras', null, 'leite'],
  ['pt-PT', 'add', 'coloca pão na lista', null, 'pão'],
  ['pt-PT', 'remove', 'remove o pão da lista', null, 'o pão'],
  ['ja-JP', 'add', '買い物リストに牛乳を追加して', null, '牛乳'],
  ['ja-JP', 'add', '牛乳を買い物リストに追加', null, '牛乳'],
  ['ja-JP', 'remove', '買い物リストから牛乳を削除して', null, '牛乳'],
  ['ja-JP', 'remove', '牛乳をリストから消して', null, '牛乳'],
  ['zh-CN', 'add', '把牛奶加到购物清单', null, '牛奶'],
  ['zh-CN', 'add', '买菜清单上添加牛奶', null, '牛奶'],
  ['zh-CN', 'remove', '把牛奶从购物清单删除', null, '牛奶'],
  ['zh-CN', 'remove', '删除牛奶', null, '牛奶'],
  ['hi-IN', 'add', 'मेरी खरीदारी सूची में दूध जोड़ो', null, 'दूध'],
  ['hi-IN', 'add', 'दूध को मेरी सूची में जोड़ो', null, 'दूध'],
  ['hi-IN', 'add', 'दूध मेरी खरीदारी लिस्ट में डालो', null, 'दूध'],
  ['hi-IN', 'remove', 'सूची से दूध हटाओ', null, 'दूध'],
  ['ar-SA', 'add', 'اضف حليب الى قائمة التسوق', null, 'حليب'],
  // "to the list" glued to the list word: للقائمة, لقائمة.
  ['ar-SA', 'add', 'أضف الخبز للقائمة', null, 'الخبز'],
  ['ar-SA', 'add', 'أضف حليب لقائمة المشتريات', null, 'حليب'],
  ['ar-SA', 'add', 'حط بيض وزبدة لقائمة التسوق', null, 'بيض وزبدة'],
  ['ar-SA', 'add', 'أضف لقائمة المشتريات', null, null],
  ['ar-SA', 'remove', 'احذف الحليب من القائمة', null, 'الحليب'],
  ['ru-RU', 'add', 'добавь молоко в список покупок', null, 'молоко'],
  ['ru-RU', 'add', 'запиши хлеб на завтра в список', null, 'хлеб'],
  ['ru-RU', 'remove', 'удали молоко из списка', null, 'молоко'],
  ['sw-KE', 'add', 'ongeza maziwa kwenye orodha yangu', null, 'maziwa'],
  ['sw-KE', 'add', 'weka mkate ndani ya orodha', null, 'mkate'],
  ['sw-KE', 'remove', 'ondoa maziwa kwenye orodha', null, 'maziwa'],
  // No verb: the whole utterance is the items and the list; a question about the list is none.
  ['de-DE', 'add', 'kaffee und zucker auf die einkaufsliste', 'einkaufsliste', 'kaffee und zucker'],
  ['de-DE', 'add', 'was steht auf der einkaufsliste', null, null],
  ['de-DE', 'add', 'kannst du kaffee auf die liste setzen', null, null],
  ['en-US', 'add', 'milk and eggs on the shopping list', null, 'milk and eggs'],
  ['en-US', 'add', 'what is on my shopping list', null, null],
  ['fr-FR', 'add', 'du lait et des œufs sur la liste de courses', null, 'du lait et des œufs'],
  ['fr-FR', 'add', "qu'y a-t-il sur ma liste de courses", null, null],
  ['es-ES', 'add', 'leche y huevos a la lista de la compra', null, 'leche y huevos'],
  ['it-IT', 'add', 'latte e uova nella lista della spesa', null, 'latte e uova'],
  ['it-IT', 'add', "cosa c'è nella lista della spesa", null, null],
  ['pt-PT', 'add', 'leite e ovos na lista de compras', null, 'leite e ovos'],
  ['nl-NL', 'add', 'melk en eieren op de boodschappenlijst', null, 'melk en eieren'],
  ['nl-NL', 'add', 'wat staat er op mijn boodschappenlijst', null, null],
  ['pl-PL', 'add', 'mleko i jajka na listę zakupów', null, 'mleko i jajka'],
  ['ru-RU', 'add', 'молоко и яйца в список покупок', null, 'молоко и яйца'],
  // "a thing", with or without its article, names no item: the assistant asks which.
  ['it-IT', 'add', 'aggiungi una cosa alla lista', null, null],
  ['es-ES', 'add', 'añade una cosa a la lista', null, null],
  ['fr-FR', 'add', 'ajoute un truc à ma liste', null, null],
  ['de-DE', 'add', 'füge was zur liste hinzu', null, null],
  ['pt-PT', 'add', 'adiciona uma coisa à lista', null, null],
  ['ru-RU', 'add', 'добавь кое-что в список', null, null],
  ['en-US', 'add', 'add a thing to my list', null, null],
  // A verb whose pattern fails does not hide a later one.
  ['ja-JP', 'add', '明日にリストに牛乳を追加して', null, '牛乳'],
  // The list named before the items; a name the NLU tagged there, or one the pattern knows, is cut off.
  ['ru-RU', 'add', 'добавь в список покупок сыр и молоко', 'покупок', 'сыр и молоко'],
  ['ru-RU', 'add', 'закинь в список дел позвонить маме', null, 'позвонить маме'],
  ['en-US', 'add', 'add to my shopping list eggs and milk', 'shopping', 'eggs and milk'],
  ['en-US', 'add', 'put on the grocery list some batteries', null, 'batteries'],
  ['de-DE', 'add', 'füge zur einkaufsliste milch und eier hinzu', 'einkaufsliste', 'milch und eier'],
  ['fr-FR', 'add', 'ajoute à ma liste de courses du lait', 'courses', 'du lait'],
  ['fr-FR', 'add', 'ajoute à ma liste de bricolage des vis', 'bricolage', 'des vis'],
  ['es-ES', 'add', 'apunta en la lista de la compra tomates', null, 'tomates'],
  ['it-IT', 'add', 'aggiungi alla lista della spesa latte e uova', 'della spesa', 'latte e uova'],
  ['pt-PT', 'add', 'adiciona à lista de compras leite', null, 'leite'],
  ['nl-NL', 'add', 'voeg aan mijn lijst kaas toe', null, 'kaas'],
  ['pl-PL', 'add', 'dopisz do listy zakupów chleb', 'zakupów', 'chleb'],
  ['sw-KE', 'add', 'ongeza kwenye orodha ya manunuzi maziwa na mkate', null, 'maziwa na mkate'],
  ['ar-SA', 'add', 'اضف الى قائمة التسوق حليب وبيض', 'التسوق', 'حليب وبيض'],
  // … and a list named with no item after it is still no item.
  ['ar-SA', 'add', 'أضف لقائمة المشتريات', null, null],
  ['fr-FR', 'add', 'ajoute à ma liste de courses', null, null],
  ['pl-PL', 'add', 'dodaj do listy zakupów', null, null],
  // … and for removing.
  ['en-US', 'remove', 'remove from my shopping list the eggs', 'shopping', 'eggs'],
  ['ru-RU', 'remove', 'удали из списка покупок молоко', 'покупок', 'молоко'],
  ['ru-RU', 'remove', 'вычеркни из списка хлеб', null, 'хлеб'],
  ['de-DE', 'remove', 'streiche von der einkaufsliste butter', 'einkaufsliste', 'butter'],
  ['fr-FR', 'remove', 'enlève de ma liste de courses le pain', null, 'le pain'],
  ['es-ES', 'remove', 'quita de la lista de la compra los huevos', null, 'los huevos'],
  ['it-IT', 'remove', 'togli dalla lista della spesa il latte', null, 'il latte'],
  ['pl-PL', 'remove', 'usuń z listy zakupów masło', null, 'masło'],
  ['nl-NL', 'remove', 'haal van de boodschappenlijst de kaas af', null, 'de kaas'],
  ['ar-SA', 'remove', 'احذف من قائمة التسوق الحليب', null, 'الحليب'],
  ['ru-RU', 'remove', 'удали из списка покупок', null, null],
  // Politeness and "also" around the item are no part of it.
  ['de-DE', 'add', 'setz bitte nudeln auf die einkaufsliste', null, 'nudeln'],
  ['en-US', 'add', 'add milk too to my list please', null, 'milk'],
  ['it-IT', 'add', 'aggiungi anche il pane alla lista', null, 'il pane'],
  ['ru-RU', 'add', 'добавь пожалуйста хлеб в список', null, 'хлеб'],
];

describe('findListItem', () => {
  it.each(CASES)('%s %s "%s" (list %s) → %s', (locale, mode, text, listName, item) => {
    expect(findListItem(text, locale, mode, listName ?? undefined)).toBe(item);
  });

  it('reads text of up to MAX_LIST_TEXT characters and refuses longer text', () => {
    const padded = `add milk to my list${' please'.repeat(60)}`;
    expect(padded.length).toBeLessThanOrEqual(MAX_LIST_TEXT);
    expect(findListItem(padded, 'en-US', 'add')).toBe('milk');
    expect(findListItem(`add milk to my list ${'x'.repeat(MAX_LIST_TEXT)}`, 'en-US', 'add')).toBeNull();
  });
});

describe('splitItems', () => {
  it.each<[string, string, string[]]>([
    ['en-US', 'apples and pears', ['apples', 'pears']],
    ['fr-FR', 'du lait des œufs et du beurre', ['du lait', 'des œufs', 'du beurre']],
    ['fr-FR', "de l'eau du pain", ["de l'eau", 'du pain']],
    ['it-IT', 'del latte delle uova e un melone', ['del latte', 'delle uova', 'un melone']],
    // No word that begins an item inside: one item.
    ['fr-FR', 'une baguette', ['une baguette']],
    ['fr-FR', 'sauce tomate', ['sauce tomate']],
    // A run of known items said without commas is one item per word …
    ['en-US', 'eggs butter and flour', ['eggs', 'butter', 'flour']],
    ['it-IT', 'mele pere e banane', ['mele', 'pere', 'banane']],
    ['de-DE', 'nudeln tomaten und käse', ['nudeln', 'tomaten', 'käse']],
    ['ru-RU', 'сыр молоко и хлеб', ['сыр', 'молоко', 'хлеб']],
    ['ar-SA', 'حليب بيض وخبز', ['حليب', 'بيض', 'خبز']],
    // … and a run with any other word stays one item.
    ['en-US', 'peanut butter and jelly', ['peanut butter', 'jelly']],
    ['en-US', 'apple juice and milk', ['apple juice', 'milk']],
    ['it-IT', 'carta igienica e sapone', ['carta igienica', 'sapone']],
    ['en-US', 'paper towels', ['paper towels']],
    // Unspaced: split where known items cover the whole run, and only there.
    ['zh-CN', '苹果香蕉和牛奶', ['苹果', '香蕉', '牛奶']],
    ['zh-CN', '鸡蛋面包牛奶', ['鸡蛋', '面包', '牛奶']],
    ['zh-TW', '蘋果香蕉和牛奶', ['蘋果', '香蕉', '牛奶']],
    ['zh-CN', '苹果汁和牛奶', ['苹果汁', '牛奶']],
    ['zh-CN', '矿泉水', ['矿泉水']],
    ['zh-CN', '鸡蛋面', ['鸡蛋面']],
    ['tr-TR', 'domates peynir ve zeytin', ['domates', 'peynir', 'zeytin']],
    ['tr-TR', 'domates salçası ve ekmek', ['domates salçası', 'ekmek']],
  ])('%s "%s" → %j', (locale, text, items) => {
    expect(splitItems(text, locale)).toEqual(items);
  });
});

describe('sameListItem', () => {
  it.each<[string, string, string, boolean]>([
    ['fr-FR', 'du lait', 'le lait', true],
    ['fr-FR', "de l'eau", "l'eau", true],
    ['it-IT', 'delle uova', 'le uova', true],
    ['en-US', 'the Eggs', 'eggs', true],
    ['de-DE', 'die Milch', 'milch', true],
    ['es-ES', 'los huevos', 'huevos', true],
    // An article is only a whole leading word: "lait" is not "l'ait", "lampe" not "la mpe".
    ['fr-FR', 'lampe', 'mpe', false],
    ['fr-FR', 'du lait', 'du pain', false],
    ['en-US', 'an apple', 'apple pie', false],
  ])('%s "%s" and "%s": %s', (locale, a, b, same) => {
    expect(sameListItem(a, b, locale)).toBe(same);
  });
});

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-PT', 'ja-JP', 'zh-CN', 'hi-IN', 'ar-SA', 'ru-RU', 'sw-KE'];
const VERBS = ['add', 'put', 'füge', 'setze', 'ajoute', 'añade', 'aggiungi', 'adiciona', 'に', 'を', '把', '添加', 'में', 'اضف', 'добавь', 'ongeza', 'remove', 'entferne', 'から', 'से', 'من', 'удали', 'ondoa'];
const HOSTILE: [string, string][] = [
  ['words', 'a '.repeat(50_000)],
  ['digits', '1'.repeat(100_000)],
  ['percents', '5 % '.repeat(25_000)],
  ['add x and', `add ${'x and '.repeat(20_000)}`],
  ['spaces', `add${' '.repeat(100_000)}x`],
  ['füge spaces', `füge x meiner${' '.repeat(100_000)}x`],
  ['hi spaces', `x${' '.repeat(100_000)}सूची`],
  ...VERBS.map((verb): [string, string] => [`${verb} repeated`, `${verb} `.repeat(Math.floor(100_000 / (verb.length + 1)))]),
  ...VERBS.map((verb): [string, string] => [`${verb} x to my`, `${verb} ${'x to my '.repeat(12_000)}`]),
];

/** Runs `f` and fails when it takes longer than a generous bound. */
function quickly<T>(f: () => T): T {
  const t0 = performance.now();
  const value = f();
  expect(performance.now() - t0).toBeLessThan(2000);
  return value;
}

describe('list items on 100,000 hostile characters', () => {
  it.each(HOSTILE)('%s: refused by the length cap', (_name, text) => {
    for (const locale of LOCALES) {
      for (const mode of ['add', 'remove'] as const) expect(quickly(() => findListItem(text, locale, mode))).toBeNull();
    }
  });

  it.each(HOSTILE)('%s: the patterns themselves are linear', (_name, text) => {
    for (const locale of LOCALES) {
      for (const mode of ['add', 'remove'] as const) {
        const item = quickly(() => itemIn(text, locale, mode));
        expect(item === null || (item.length > 0 && item.length < text.length)).toBe(true);
      }
    }
  });
});
