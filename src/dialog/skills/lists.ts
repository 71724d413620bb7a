/**
 * lists: named lists (shopping, to do, …) kept in IndexedDB. Items keep the user's own
 * words; names are kept one way however they are said (listName.ts). A list without a
 * name is "your list" (stored under the empty name).
 */
import { formatList } from '../format.ts';
import type { ListRecord } from '../state.ts';
import { defineSkill, type SkillContext, type SkillResult } from '../types.ts';
import { ask, clarify, says, slotText } from './helpers.ts';
import { findListItem, sameListItem, splitItems } from './listItems.ts';
import { listNameSaid, listNameSlot, listNameText } from './listName.ts';
import { langOf, packFor } from '../languages/index.ts';
import { removalInTable } from './listItemsOnly.ts';

/** Internal name of the list used when none is named. */
export const DEFAULT_LIST = '';

function findList(lists: ListRecord[], name: string): ListRecord | undefined {
  const key = name.trim().toLowerCase();
  return lists.find((l) => l.name.toLowerCase() === key);
}

function listParams(name: string, rest: Record<string, string>, key: 'listAdded' | 'listRemoved') {
  return name === DEFAULT_LIST
    ? { key: key === 'listAdded' ? ('listAddedDefault' as const) : ('listRemovedDefault' as const), params: rest }
    : { key, params: { ...rest, list: name } };
}

function add(ctx: SkillContext): SkillResult {
  // Without a pack the table reader joins a name said next to the list word to the list ("lista de
  // cumpărături"), so the name is read with it and is no item; a pack's patterns read the item first.
  const nameNearList = packFor(ctx.u.locale) ? undefined : listNameText(ctx);
  const loose = slotText(ctx, 'list_item') ?? findListItem(ctx.u.text, ctx.u.locale, 'add', nameNearList) ?? undefined;
  const listSaid = listNameSaid(ctx, loose);
  const list = listSaid ? (findList(ctx.state.lists, listSaid)?.name ?? listSaid) : DEFAULT_LIST;
  const item = slotText(ctx, 'list_item') ?? findListItem(ctx.u.text, ctx.u.locale, 'add', listNameSlot(ctx, loose)?.text.trim());
  if (!item) {
    if (listSaid && !findList(ctx.state.lists, listSaid) && says(ctx, (p) => p.lists.create)) {
      return { reply: { key: 'listCreated', params: { list } }, effect: 'list:create', actions: [{ type: 'listCreate', list }] };
    }
    return ask('askListItem', 'list_item', 'text');
  }
  // "apples and pears" is two items; the reply names them as one list ("apples and pears").
  const items = splitItems(item, ctx.u.locale);
  const named = formatList(items, ctx.u.locale);
  return { reply: listParams(list, { item: named }, 'listAdded'), effect: 'list:add', actions: items.map((i) => ({ type: 'listAdd' as const, list, item: i })) };
}

function remove(ctx: SkillContext): SkillResult {
  const listSaid = listNameSaid(ctx);
  const record = listSaid ? findList(ctx.state.lists, listSaid) : findList(ctx.state.lists, DEFAULT_LIST);
  if (!packFor(ctx.u.locale)) return removeWithoutPack(ctx, listSaid, record);
  const item = findListItem(ctx.u.text, ctx.u.locale, 'remove', slotText(ctx, 'list_name'));
  if (item) {
    const lists = record ? [record] : ctx.state.lists;
    // The exact words first, then the same item with another article ("enlève le lait" → "du lait").
    const exact = (i: string) => i.toLowerCase() === item.toLowerCase();
    const same = (i: string) => sameListItem(i, item, ctx.u.locale);
    const holder = lists.find((l) => l.items.some(exact)) ?? lists.find((l) => l.items.some(same));
    if (!holder) return clarify(item, 'list_item', 'text');
    const stored = holder.items.find(exact) ?? holder.items.find(same)!;
    return { reply: listParams(holder.name, { item: stored }, 'listRemoved'), effect: 'list:remove', actions: [{ type: 'listRemoveItem', list: holder.name, item: stored }] };
  }
  if (listSaid && record) return deleteList(record);
  return listSaid ? clarify(listSaid, 'list_name', 'text') : { reply: { key: 'notUnderstood' } };
}

function deleteList(record: ListRecord): SkillResult {
  return { reply: { key: 'listDeleted', params: { list: record.name } }, effect: 'list:delete', actions: [{ type: 'listDelete', list: record.name }] };
}

/**
 * A removal in a language without a pack: the stored item it names, or the whole list when
 * nothing but the list (and a verb) was said. Before, "ta bort mjölk från inköpslistan" found no
 * item with the English patterns and deleted the whole list; an item not on the list now
 * removes nothing.
 */
function removeWithoutPack(ctx: SkillContext, listSaid: string | undefined, record: ListRecord | undefined): SkillResult {
  const lists = record ? [record] : ctx.state.lists;
  const { item, onlyList } = removalInTable(ctx.u.text, langOf(ctx.u.locale), slotText(ctx, 'list_name'), lists.flatMap((l) => l.items));
  if (item) {
    const holder = lists.find((l) => l.items.includes(item))!;
    return { reply: listParams(holder.name, { item }, 'listRemoved'), effect: 'list:remove', actions: [{ type: 'listRemoveItem', list: holder.name, item }] };
  }
  if (listSaid && record && onlyList) return deleteList(record);
  return { reply: { key: 'notUnderstood' } };
}

function read(ctx: SkillContext): SkillResult {
  const listSaid = listNameSaid(ctx);
  const { locale } = ctx.u;
  if (!listSaid) {
    const named = ctx.state.lists.filter((l) => l.name !== DEFAULT_LIST);
    const fallback = findList(ctx.state.lists, DEFAULT_LIST);
    if (fallback?.items.length) return { reply: { key: 'listReadDefault', params: { items: formatList(fallback.items, locale) } }, effect: 'list:read' };
    if (named.length) return { reply: { key: 'listNames', params: { lists: formatList(named.map((l) => l.name), locale) } }, effect: 'list:read' };
    return { reply: { key: 'listEmptyDefault' }, effect: 'list:read' };
  }
  const record = findList(ctx.state.lists, listSaid);
  if (!record?.items.length) return { reply: { key: 'listEmpty', params: { list: record?.name ?? listSaid } }, effect: 'list:read' };
  return { reply: { key: 'listRead', params: { list: record.name, items: formatList(record.items, locale) } }, effect: 'list:read' };
}

export const listsSkill = defineSkill({
  scenario: 'lists',
  handle: (ctx) => {
    switch (ctx.u.intent) {
      case 'lists_query':
        return read(ctx);
      case 'lists_remove':
        return remove(ctx);
      default:
        return add(ctx);
    }
  },
});
