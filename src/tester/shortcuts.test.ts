/** Key presses to shortcut actions: letters outside text fields, Enter outside buttons, no modifiers. */
import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from './shortcuts.ts';

const press = (key: string, target: KeyPress['target'] = { tagName: 'ARTICLE' }, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...mods,
});

describe('shortcutFor', () => {
  it('maps r, w, n, Enter, j and k on the page or a turn', () => {
    expect(['r', 'W', 'n', 'Enter', 'j', 'k', 'x'].map((k) => shortcutFor(press(k)))).toEqual(['right', 'wrong', 'next', 'next', 'older', 'newer', null]);
    expect(shortcutFor(press('r', null))).toBe('right');
  });

  it('leaves text fields alone', () => {
    for (const target of [{ tagName: 'INPUT', type: 'text' }, { tagName: 'INPUT' }, { tagName: 'TEXTAREA' }, { tagName: 'SELECT' }, { tagName: 'DIV', isContentEditable: true }]) {
      expect(shortcutFor(press('r', target))).toBeNull();
      expect(shortcutFor(press('Enter', target))).toBeNull();
    }
  });

  it('lets Enter press a focused button, while letters still work there', () => {
    expect(shortcutFor(press('Enter', { tagName: 'BUTTON' }))).toBeNull();
    expect(shortcutFor(press('w', { tagName: 'BUTTON' }))).toBe('wrong');
    expect(shortcutFor(press('r', { tagName: 'INPUT', type: 'checkbox' }))).toBe('right');
  });

  it('ignores presses with Ctrl, Meta or Alt (the browser\'s own shortcuts)', () => {
    expect(shortcutFor(press('r', undefined, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('n', undefined, { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('w', undefined, { altKey: true }))).toBeNull();
  });
});
