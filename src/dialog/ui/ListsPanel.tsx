/**
 * Lists and their items, each item exactly as the user said it.
 */
import { useStore } from 'zustand';
import type { DialogStore } from '../state.ts';
import { tr } from './strings.ts';

export interface ListsPanelProps {
  dialog: { state: DialogStore };
  locale: string;
}

export function ListsPanel({ dialog, locale }: ListsPanelProps) {
  const lists = useStore(dialog.state, (s) => s.lists);
  return (
    <section className="dialog-panel lists" aria-label={tr('listsTitle', locale)}>
      <h2>{tr('listsTitle', locale)}</h2>
      {lists.length === 0 ? <p>{tr('listsNone', locale)}</p> : null}
      {lists.map((l) => (
        <div key={l.name} data-testid="list" data-list-name={l.name}>
          <h3>{l.name || tr('defaultList', locale)}</h3>
          {l.items.length === 0 ? (
            <p>{tr('listEmpty', locale)}</p>
          ) : (
            <ul>
              {l.items.map((item, i) => (
                <li key={`${i}:${item}`} data-testid="list-item">
                  {item}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
