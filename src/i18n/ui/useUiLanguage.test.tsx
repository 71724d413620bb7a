// @vitest-environment happy-dom
/**
 * The page-root hook: the page first shows English (marked `lang="en"`), then, when the
 * locale's catalog has loaded, re-renders in the language, children included, without any
 * change at the `tr()` call sites; switching the locale loads the next language.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { tr as trDialog } from '../../dialog/ui/strings.ts';
import { tr } from '../strings.ts';
import { loadUiLanguageFor } from './load.ts';
import { useUiLanguage } from './useUiLanguage.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A child that reads its text with `tr()` only, like the page's panels. */
function Child({ locale }: { locale: string }) {
  return <button type="button">{trDialog('snooze', locale)}</button>;
}

function Page({ locale }: { locale: string }) {
  const lang = useUiLanguage(locale);
  return (
    <div lang={lang}>
      <h1>{tr('submit', locale)}</h1>
      <Child locale={locale} />
    </div>
  );
}

describe('useUiLanguage', () => {
  it('shows English, then the language once its catalog arrives', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    act(() => root.render(<Page locale="fr-FR" />));
    expect(host.querySelector('h1')?.textContent).toBe('Understand');
    expect(host.firstElementChild?.getAttribute('lang')).toBe('en');
    // The hook itself starts the load; nothing else asks for French.
    await act(() => vi.waitFor(() => expect(host.querySelector('h1')?.textContent).toBe('Comprendre')));
    expect(host.querySelector('button')?.textContent).toBe(trDialog('snooze', 'fr-FR'));
    expect(host.querySelector('button')?.textContent).not.toBe('Snooze');
    expect(host.firstElementChild?.getAttribute('lang')).toBe('fr');

    act(() => root.render(<Page locale="ja-JP" />));
    expect(host.querySelector('h1')?.textContent).toBe('Understand');
    await act(() => loadUiLanguageFor('ja-JP'));
    expect(host.querySelector('h1')?.textContent).toBe(tr('submit', 'ja-JP'));
    expect(host.firstElementChild?.getAttribute('lang')).toBe('ja');
    act(() => root.unmount());
  });
});
