// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createEmbedView, type ViewLabels } from './view.ts';

const LABELS: ViewLabels = {
  region: 'Polyvox assistant, English',
  inputLabel: 'Utterance',
  placeholder: 'Type a request',
  send: 'Send',
  micStart: 'Talk',
  micStop: 'Stop',
  you: 'You',
  assistant: 'Assistant',
  note: 'Runs in this page.',
};

function mount(voice = false) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const view = createEmbedView(root, { voice });
  view.setLabels(LABELS, 'en', 'ltr');
  const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { root, view, q };
}

describe('embed view', () => {
  it('shows user text and replies as text, never as HTML', () => {
    const { root, view } = mount();
    view.addLine('user', '<img src=x onerror=alert(1)>', 'en');
    view.addLine('assistant', '<b>done</b>', 'en');
    const said = [...root.querySelectorAll('.said')];
    expect(said.map((s) => s.textContent)).toEqual(['<img src=x onerror=alert(1)>', '<b>done</b>']);
    expect(root.querySelector('img, b')).toBeNull();
  });

  it('keeps the last 40 lines and labels them in the current language, with the locale direction', () => {
    const { root, view } = mount();
    for (let i = 0; i < 45; i++) view.addLine(i % 2 ? 'assistant' : 'user', `line ${i}`, 'ar');
    const lines = [...root.querySelectorAll('.said')].map((s) => s.textContent);
    expect(lines).toHaveLength(40);
    expect(lines[0]).toBe('line 5');
    view.setLabels({ ...LABELS, you: 'أنت', assistant: 'المساعد' }, 'ar', 'rtl');
    expect(root.querySelector('.panel')?.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('.line.user .who')?.textContent).toBe('أنت');
  });

  it('sends what was typed, and keeps Send and Talk off until the model is ready or while busy', () => {
    const { view, q } = mount(true);
    const sent: string[] = [];
    view.onSubmit((t) => sent.push(t));
    const send = q('embed-send') as HTMLButtonElement;
    const mic = q('embed-mic') as HTMLButtonElement;
    expect([send.disabled, mic.disabled, mic.hidden]).toEqual([true, true, false]);
    view.setReady(true);
    expect([send.disabled, mic.disabled]).toEqual([false, false]);
    (q('embed-input') as HTMLInputElement).value = 'turn on the light';
    (send.closest('form') as HTMLFormElement).requestSubmit();
    expect(sent).toEqual(['turn on the light']);
    view.setBusy(true);
    expect(send.disabled).toBe(true);
    view.setListening(true);
    expect([mic.textContent, mic.getAttribute('aria-pressed')]).toEqual(['Stop', 'true']);
  });

  it('announces an error at once and hides an empty status line', () => {
    const { view, q } = mount();
    const status = q('embed-status') as HTMLElement;
    view.setStatus('The model could not be found', 'error');
    expect([status.textContent, status.getAttribute('role'), status.classList.contains('error')]).toEqual(['The model could not be found', 'alert', true]);
    view.setStatus('', 'info');
    expect([status.textContent, status.getAttribute('role')]).toEqual(['', 'status']);
    expect(q('embed-mic')?.hidden).toBe(true);
  });
});
