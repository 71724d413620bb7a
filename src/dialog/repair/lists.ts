/**
 * List repairs: "hagelslag op het boodschappenlijstje graag" or "eggs on the shopping list"
 * has no verb, and the NLU, which learned "what's on my list" as the question, reads it as
 * one. When the pack's add patterns find an item in it (they know the verbs, and the verbless
 * form refuses an utterance that starts with a question word), it is a request to add. So is
 * a removal in which only the add patterns find an item ("throw paper towels on my list" read
 * as a removal at 0.61: "throw" is an add verb there, "throw out" is not).
 */
import { findListItem } from '../skills/listItems.ts';
import type { RepairRule } from './types.ts';

export const listRules: readonly RepairRule[] = [
  {
    name: 'list-item-to-add',
    apply: ({ u, pack }) => {
      if (!pack || (u.intent !== 'lists_query' && u.intent !== 'lists_remove')) return null;
      if (findListItem(u.text, u.locale, 'add') === null) return null;
      return u.intent === 'lists_remove' && findListItem(u.text, u.locale, 'remove') !== null ? null : 'lists_createoradd';
    },
  },
];
