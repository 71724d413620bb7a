/**
 * List repairs: "hagelslag op het boodschappenlijstje graag" or "eggs on the shopping list"
 * has no verb, and the NLU, which learned "what's on my list" as the question, reads it as
 * one. When the pack's add patterns find an item in it (they know the verbs, and the verbless
 * form refuses an utterance that starts with a question word), it is a request to add.
 */
import { findListItem } from '../skills/listItems.ts';
import type { RepairRule } from './types.ts';

export const listRules: readonly RepairRule[] = [
  {
    name: 'list-item-to-add',
    apply: ({ u, pack }) => {
      if (!pack || u.intent !== 'lists_query') return null;
      return findListItem(u.text, u.locale, 'add') === null ? null : 'lists_createoradd';
    },
  },
];
