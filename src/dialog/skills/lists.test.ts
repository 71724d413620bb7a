/**
 * The lists skill: items added, read and removed as said, in other languages, with the list
 * named before the items, and an item said with another article. The clock is fixed as in
 * skills.test.ts: Friday 14 March 2025, 10:00 local.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { understood as u, testDialog } from '../../../testing/dialog.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2025, 2, 14, 10, 0) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('lists', () => {
  it('adds, reads and removes items, keeping the words as said', async () => {
    const { dialog } = testDialog();
    const add = await dialog.handle(u('lists_createoradd', 'add oat milk to my shopping list', [['list_name', 'shopping']]));
    expect(add).toMatchObject({ reply: { key: 'listAdded', params: { item: 'oat milk', list: 'shopping' } }, effect: 'list:add' });
    await dialog.handle(u('lists_createoradd', 'add bananas to my shopping list', [['list_name', 'shopping']]));
    const read = await dialog.handle(u('lists_query', 'what is on my shopping list', [['list_name', 'shopping']]));
    expect(read.reply).toEqual({ key: 'listRead', params: { list: 'shopping', items: 'oat milk and bananas' } });
    const rm = await dialog.handle(u('lists_remove', 'delete bananas from shopping list', [['list_name', 'shopping']]));
    expect(rm.reply).toEqual({ key: 'listRemoved', params: { item: 'bananas', list: 'shopping' } });
    expect(dialog.state.getState().lists).toEqual([{ name: 'shopping', items: ['oat milk'] }]);
  });

  it('without a pack, grocery words the NLU tagged as the list name are items, not the name', async () => {
    const { dialog } = testDialog();
    // Khmer: eggs and bread tagged as two list names.
    await dialog.handle(u('lists_createoradd', 'បន្ថែម ទឹកដោះគោ ពងមាន់ និង នំបុ័ង ចូលបញ្ជីទិញឥវ៉ាន់', [['list_name', 'ពងមាន់'], ['list_name', 'នំបុ័ង']], 'km-KH'));
    expect(dialog.state.getState().lists).toEqual([{ name: '', items: ['ទឹកដោះគោ', 'ពងមាន់', 'នំបុ័ង'] }]);
    // Telugu: rice and onions tagged as the name before "షాపింగ్ లిస్ట్".
    const te = testDialog().dialog;
    await te.handle(u('lists_createoradd', 'పాలు బియ్యం ఉల్లిపాయలు షాపింగ్ లిస్ట్ లో యాడ్ చెయ్యి', [['list_name', 'బియ్యం ఉల్లిపాయలు']], 'te-IN'));
    expect(te.state.getState().lists[0]?.items).toEqual(['పాలు', 'బియ్యం', 'ఉల్లిపాయలు']);
    // Slovenian: the milk at the end of the tagged name is an item; "za trgovino" stays the name.
    const sl = testDialog().dialog;
    await sl.handle(u('lists_createoradd', 'dodaj na seznam za trgovino mleko jogurt in banane', [['list_name', 'za trgovino mleko']], 'sl-SL'));
    expect(sl.state.getState().lists).toEqual([{ name: 'za trgovino', items: ['mleko', 'jogurt', 'banane'] }]);
  });

  it('an item word the NLU tagged as the only list name stays in the item', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('lists_createoradd', 'añade papel de cocina y servilletas a la lista', [['list_name', 'cocina']], 'es-ES'));
    expect(dialog.state.getState().lists).toEqual([{ name: '', items: ['papel de cocina', 'servilletas'] }]);
    // A lone name that is all the patterns found is the list's, and the item is asked for.
    const ask = await dialog.handle(u('lists_createoradd', 'alışveriş listesine ekle', [['list_name', 'alışveriş']], 'tr-TR'));
    expect(ask.reply.key).toBe('askListItem');
    // A name outside the item is still the list's.
    await dialog.handle(u('lists_createoradd', 'añade leche a la lista de la compra', [['list_name', 'compra']], 'es-ES'));
    expect(dialog.state.getState().lists.find((l) => l.name === 'compra')?.items).toEqual(['leche']);
  });

  it('without a pack, a name said next to the list word names the list and is no part of the item', async () => {
    const { dialog } = testDialog();
    // Before: one item "mælk til min indkøbs" on the default list.
    await dialog.handle(u('lists_createoradd', 'sæt mælk på min indkøbs liste', [['list_name', 'indkøbs']], 'da-DK'));
    // "Open the shopping list and add milk": "og" (and) is no item.
    await dialog.handle(u('lists_createoradd', 'åpne handle liste og legg til melk', [['list_name', 'handle']], 'nb-NO'));
    const lists = Object.fromEntries(dialog.state.getState().lists.map((l) => [l.name, l.items]));
    expect(lists).toMatchObject({ indkøbs: ['mælk'], handle: ['melk'] });
  });

  it('without a pack, removes the stored item said, deletes a list only when nothing else was said, and otherwise keeps everything', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('lists_createoradd', 'lisää maito ja voi ostoslistaan', [['list_name', 'ostoslistaan']], 'fi-FI'));
    // Before: no English pattern found an item, and the whole list was deleted.
    const removed = await dialog.handle(u('lists_remove', 'poista maito ostoslistasta', [['list_name', 'ostoslistasta']], 'fi-FI'));
    expect(removed.effect).toBe('list:remove');
    expect(dialog.state.getState().lists.flatMap((l) => l.items)).toEqual(['voi']);
    // An item that is not on the list removes nothing (and deletes nothing).
    const missing = await dialog.handle(u('lists_remove', 'poista juusto ostoslistaan', [['list_name', 'ostoslistaan']], 'fi-FI'));
    expect(missing.reply.key).toBe('notUnderstood');
    expect(dialog.state.getState().lists.flatMap((l) => l.items)).toEqual(['voi']);
    // The verb and the list alone: the list goes.
    const deleted = await dialog.handle(u('lists_remove', 'poista ostoslistaan', [['list_name', 'ostoslistaan']], 'fi-FI'));
    expect(deleted.effect).toBe('list:delete');
    expect(dialog.state.getState().lists).toEqual([]);
  });

  it('adds a list named before its items, and removes an item said with another article', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('lists_createoradd', 'ajoute à ma liste de courses du lait des œufs et du beurre', [['list_name', 'courses']], 'fr-FR'));
    expect(dialog.state.getState().lists).toEqual([{ name: 'courses', items: ['du lait', 'des œufs', 'du beurre'] }]);
    const rm = await dialog.handle(u('lists_remove', 'enlève le lait de ma liste de courses', [['list_name', 'courses']], 'fr-FR'));
    expect(rm.reply).toEqual({ key: 'listRemoved', params: { item: 'du lait', list: 'courses' } });
    await dialog.handle(u('lists_createoradd', 'добавь в список покупок сыр молоко и хлеб', [['list_name', 'покупок']], 'ru-RU'));
    const ru = dialog.state.getState().lists.find((l) => l.name === 'покупок');
    expect(ru?.items).toEqual(['сыр', 'молоко', 'хлеб']);
  });

  it('finds items in other languages', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('lists_createoradd', 'füge Milch zur Einkaufsliste hinzu', [['list_name', 'Einkaufsliste']], 'de-DE'));
    await dialog.handle(u('lists_createoradd', 'добавь молоко в список покупок', [['list_name', 'покупок']], 'ru-RU'));
    await dialog.handle(u('lists_createoradd', '买菜清单上添加牛奶', [['list_name', '买菜']], 'zh-CN'));
    await dialog.handle(u('lists_createoradd', 'füge eier meiner lebensmittel liste hinzu', [['list_name', 'lebensmittel']], 'de-DE'));
    expect(dialog.state.getState().lists.map((l) => l.items)).toEqual([['Milch'], ['молоко'], ['牛奶'], ['eier']]);
    expect((await dialog.handle(u('lists_createoradd', 'füge etwas meiner liste hinzu', [], 'de-DE'))).reply.key).toBe('askListItem');
  });

  it('takes an item word the model also tagged as a list for an item, when another slot names the list', async () => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('lists_createoradd', 'metti il sale e le patate nella lista della spesa',
      [['list_name', 'patate'], ['list_name', 'spesa']], 'it-IT'));
    expect(turn.effect).toBe('list:add');
    expect(dialog.state.getState().lists).toEqual([{ name: 'spesa', items: ['il sale', 'le patate'] }]);
    // One slot only: it stays the list's name, even inside the words before the list.
    const one = await dialog.handle(u('lists_createoradd', 'add to my shopping list', [['list_name', 'shopping']]));
    expect(one.reply.key).toBe('askListItem');
  });

  // One list however its name is said: "einkaufs liste" is the Einkaufsliste, "shopping list" is "shopping".
  it('names lists the same however they are said, and keeps the item as said', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('lists_createoradd', 'füge Milch zur Einkaufsliste hinzu', [['list_name', 'Einkaufsliste']], 'de-DE'));
    const turn = await dialog.handle(u('lists_createoradd', 'bitte setze brot auf die einkaufs liste', [['list_name', 'einkaufs']], 'de-DE'));
    expect(turn.reply).toEqual({ key: 'listAdded', params: { item: 'brot', list: 'Einkaufsliste' } });
    expect(dialog.state.getState().lists).toEqual([{ name: 'Einkaufsliste', items: ['Milch', 'brot'] }]);
  });

  it.each([
    ['en-US', 'add eggs to my shopping list', 'shopping list', 'eggs', 'shopping'],
    ['de-DE', 'setze eier auf die to do liste', 'to do', 'eier', 'to do-Liste'],
    ['fr-FR', 'ajoute du lait à la liste de courses', 'liste de courses', 'du lait', 'courses'],
    ['es-ES', 'añade leche a la lista de compras', 'lista de compras', 'leche', 'compras'],
    ['it-IT', 'aggiungi latte alla lista della spesa', 'lista della spesa', 'latte', 'spesa'],
    ['pt-PT', 'adiciona leite à lista de compras', 'lista de compras', 'leite', 'compras'],
    ['ru-RU', 'добавь молоко в список покупок', 'список покупок', 'молоко', 'покупок'],
    ['ja-JP', '買い物リストに牛乳を追加して', '買い物リスト', '牛乳', '買い物'],
    ['zh-CN', '把牛奶加到购物清单', '购物清单', '牛奶', '购物'],
    ['sw-KE', 'ongeza maziwa kwenye orodha ya ununuzi', 'orodha ya ununuzi', 'maziwa', 'ununuzi'],
  ])('%s "%s": list %s → %s on %s', async (locale, text, listName, item, list) => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('lists_createoradd', text, [['list_name', listName]], locale));
    expect(turn.reply).toEqual({ key: 'listAdded', params: { item, list } });
  });

  it('creates a named list and asks for an item when none is said', async () => {
    const { dialog } = testDialog();
    expect((await dialog.handle(u('lists_createoradd', 'create a new grocery list', [['list_name', 'grocery']]))).reply).toEqual({ key: 'listCreated', params: { list: 'grocery' } });
    expect(await dialog.handle(u('lists_createoradd', 'add something to my list'))).toMatchObject({ reply: { key: 'askListItem' }, awaiting: 'list_item' });
  });
});
