/**
 * The tester's keyboard shortcuts as a pure mapping from a key press to an action, so the
 * rules are tested apart from the DOM: `r` right, `w` wrong, `n` or Enter next utterance,
 * `j`/`k` older/newer turn. Keys typed into a text field are the tester's text, never a
 * shortcut; Enter and Space on a button press the button.
 */

/** What a shortcut does. */
export type ShortcutAction = 'right' | 'wrong' | 'next' | 'older' | 'newer';

/** The parts of a keydown event the mapping reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: { tagName?: string; type?: string; isContentEditable?: boolean } | null;
}

const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'file']);
const LETTERS: Readonly<Record<string, ShortcutAction>> = { r: 'right', w: 'wrong', n: 'next', j: 'older', k: 'newer' };

/** True when keys pressed in `target` are text the user types. */
function isTextField(target: KeyPress['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !BUTTON_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/** True when Enter in `target` activates it (a button, a link, a file picker). */
function isPressable(target: KeyPress['target']): boolean {
  const tag = target?.tagName?.toUpperCase();
  return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || tag === 'INPUT';
}

/** The action of a key press, or null when it is not a shortcut here. */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || isTextField(press.target)) return null;
  if (press.key === 'Enter') return isPressable(press.target) ? null : 'next';
  return LETTERS[press.key.toLowerCase()] ?? null;
}
