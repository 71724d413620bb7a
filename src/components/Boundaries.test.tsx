// @vitest-environment happy-dom
/**
 * A panel that throws while rendering is replaced by a message with "Try again", the rest of
 * the page keeps rendering, and a failing page shows a message with Reload, never nothing.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadUiLanguageFor } from '../i18n/ui/load.ts';
import { PageBoundary, PanelBoundary } from './Boundaries.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let broken = true;
function Fragile() {
  if (broken) throw new RangeError('Invalid time value');
  return <p data-testid="fragile">fine now</p>;
}

function mount(node: React.ReactNode) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(node));
  return { host, root };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('PanelBoundary', () => {
  beforeAll(() => loadUiLanguageFor('de-DE'));

  it('shows the panel error in the locale, keeps its neighbours, and recovers on Try again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const { host, root } = mount(
      <>
        <PanelBoundary locale="de-DE">
          <Fragile />
        </PanelBoundary>
        <p data-testid="neighbour">still here</p>
      </>,
    );
    const panel = host.querySelector('[data-testid="panel-error"]');
    expect(panel?.getAttribute('lang')).toBe('de');
    expect(panel?.textContent).toContain('Invalid time value');
    expect(panel?.textContent).toContain('Dieser Bereich konnte nicht angezeigt werden.');
    expect(host.querySelector('[data-testid="neighbour"]')?.textContent).toBe('still here');
    broken = false;
    act(() => (panel?.querySelector('button') as HTMLButtonElement).click());
    expect(host.querySelector('[data-testid="fragile"]')?.textContent).toBe('fine now');
    act(() => root.unmount());
  });
});

describe('PageBoundary', () => {
  it('replaces a failing page with a message and a Reload button', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const { host, root } = mount(
      <PageBoundary locale="en-US">
        <Fragile />
      </PageBoundary>,
    );
    const page = host.querySelector('[data-testid="page-error"]');
    expect(page?.textContent).toContain('Polyvox ran into a problem');
    expect(page?.querySelector('button')?.textContent).toBe('Reload');
    act(() => root.unmount());
  });
});
