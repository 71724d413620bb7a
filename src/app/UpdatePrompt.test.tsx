// @vitest-environment happy-dom
/**
 * The update notice: hidden until a new service worker waits, then the translated text with
 * Reload, which asks the waiting worker to take over.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchServiceWorker, type RegisterServiceWorker } from './serviceWorker.ts';
import { UpdatePrompt } from './UpdatePrompt.tsx';
import { createAppStore } from '../state/store.ts';
import { StoreProvider } from '../state/StoreContext.tsx';
import type { NluPort } from '../state/nluPort.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function fakeRegistration() {
  const activate = vi.fn(async () => {});
  let needRefresh: (() => void) | undefined;
  const register: RegisterServiceWorker = (options) => {
    needRefresh = options.onNeedRefresh;
    return activate;
  };
  return { register, activate, announce: () => needRefresh?.() };
}

/** A store with an NLU that never answers: the prompt only reads the locale. */
function store() {
  const port: NluPort = { load() {}, subscribe: () => () => undefined, parse: () => new Promise(() => {}) };
  const mem = new Map<string, string>();
  const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v), removeItem: (k: string) => void mem.delete(k) };
  return createAppStore({ port, initialLocale: 'en-US', storage });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('UpdatePrompt', () => {
  it('shows nothing until a new version waits, then Reload activates it', async () => {
    const sw = fakeRegistration();
    const watch = watchServiceWorker(sw.register);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => {
      root.render(
        <StoreProvider store={store()}>
          <UpdatePrompt watch={watch} />
        </StoreProvider>,
      );
    });
    expect(host.querySelector('[data-testid="update-prompt"]')).toBeNull();

    await act(async () => sw.announce());
    const prompt = host.querySelector('[data-testid="update-prompt"]');
    expect(prompt?.textContent).toContain('A new version is available.');
    expect(prompt?.getAttribute('role')).toBe('status');
    await act(async () => prompt?.querySelector('button')?.click());
    expect(sw.activate).toHaveBeenCalledTimes(1);
    await act(async () => root.unmount());
  });

  it('tells every subscriber, and stops telling one that unsubscribed', () => {
    const sw = fakeRegistration();
    const watch = watchServiceWorker(sw.register);
    const a = vi.fn();
    const b = vi.fn();
    watch.subscribe(a);
    const stopB = watch.subscribe(b);
    stopB();
    sw.announce();
    expect(watch.waiting()).toBe(true);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
  });

  it('with a promise to wait for, registers only once it settles, also when it fails', async () => {
    for (const outcome of ['resolve', 'reject'] as const) {
      const sw = fakeRegistration();
      const calls: number[] = [];
      let settle!: () => void;
      const after = new Promise<void>((resolve, reject) => {
        settle = outcome === 'resolve' ? resolve : () => reject(new Error('model failed'));
      });
      const watch = watchServiceWorker((options) => (calls.push(1), sw.register(options)), after);
      await Promise.resolve();
      expect(calls).toHaveLength(0);
      await watch.update(); // nothing registered yet: nothing to activate
      expect(sw.activate).not.toHaveBeenCalled();
      settle();
      await after.catch(() => undefined);
      await Promise.resolve();
      expect(calls).toHaveLength(1);
      sw.announce();
      expect(watch.waiting()).toBe(true);
      await watch.update();
      expect(sw.activate).toHaveBeenCalledTimes(1);
    }
  });
});
