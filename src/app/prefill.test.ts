/** `?locale=…&text=…` fills the locale and the text box; nothing else is touched. */
import { describe, expect, it } from 'vitest';
import { applyPrefill, readPrefill } from './prefill.ts';

function fakeStore() {
  const calls: string[] = [];
  return { calls, getState: () => ({ setLocale: (l: string) => calls.push(`locale ${l}`), setDraft: (t: string) => calls.push(`draft ${t}`) }) };
}

describe('prefill', () => {
  it('reads the locale and the text, decoded', () => {
    expect(readPrefill('?locale=de-DE&text=weck+mich%20um%207')).toEqual({ locale: 'de-DE', text: 'weck mich um 7' });
    expect(readPrefill('?mode=tester')).toEqual({ locale: null, text: null });
    expect(readPrefill('?text=')).toEqual({ locale: null, text: null });
  });

  it('sets what is given and nothing else', () => {
    const store = fakeStore();
    applyPrefill(store, '?locale=ja-JP&text=%E6%98%8E%E6%97%A5');
    expect(store.calls).toEqual(['locale ja-JP', 'draft 明日']);
    const none = fakeStore();
    applyPrefill(none, '');
    expect(none.calls).toEqual([]);
  });
});
