/** The keyboard shortcuts, always on screen next to the input (a tester learns them by seeing them). */
import { tr } from './tr.ts';

const ROWS = [
  { keys: ['R'], text: 'keyRight' },
  { keys: ['W'], text: 'keyWrong' },
  { keys: ['N', 'Enter'], text: 'keyNext' },
  { keys: ['J', 'K'], text: 'keyMove' },
  { keys: ['Esc'], text: 'keyBack' },
] as const;

/** The list of shortcuts. */
export function ShortcutHelp({ uiLocale }: { uiLocale: string }) {
  return (
    <section className="tester-shortcuts" data-testid="tester-shortcuts" aria-label={tr('shortcutsTitle', uiLocale)}>
      <h3>{tr('shortcutsTitle', uiLocale)}</h3>
      <ul>
        {ROWS.map((row) => (
          <li key={row.text}>
            {row.keys.map((k, i) => (
              <span key={k}>
                {i > 0 && ' / '}
                <kbd>{k}</kbd>
              </span>
            ))}{' '}
            {tr(row.text, uiLocale)}
          </li>
        ))}
      </ul>
    </section>
  );
}
