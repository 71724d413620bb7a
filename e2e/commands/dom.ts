/**
 * The page side of e2e/commands.spec.ts: `pageStep` runs INSIDE the page (passed to
 * `page.evaluate`, so it is self-contained: no imports, no outer helpers). It optionally says
 * one transcript through `window.__polyvoxTest.hear` and waits until its reply is on screen,
 * then reads what the user sees through the documented data-testids into the checker's
 * `Snapshot` (times converted in the page's own time zone), plus the newest reply.
 */
import type { Heard, Snapshot } from './check.ts';

export interface PageStep {
  snapshot: Snapshot;
  /** The reply to `say` (null when nothing was said, or the turn ended in an error). */
  heard: Heard | null;
  /** The newest spoken turn's reply is a question waiting for an answer. */
  awaiting: boolean;
  /** The turn's error message, when it ended in one instead of a reply. */
  error: string | null;
}

export async function pageStep(say: string | null): Promise<PageStep> {
  const turnsSelector = '[data-testid="turn"][data-source="voice"]';
  const settled = (el: Element | undefined) => !!el && !!el.querySelector('[data-testid="assistant-reply"], [role="alert"]');
  if (say !== null) {
    // The turns on screen now (the conversation keeps the newest 200: count alone would stall).
    const seen = new Set(document.querySelectorAll(turnsSelector));
    const hook = (window as unknown as { __polyvoxTest?: { hear(t: string): Promise<void> } }).__polyvoxTest;
    if (!hook) throw new Error('window.__polyvoxTest is missing (open the page with ?testhook)');
    await hook.hear(say);
    const deadline = performance.now() + 30_000;
    for (;;) {
      const turns = document.querySelectorAll(turnsSelector);
      const newest = turns[turns.length - 1];
      if (newest && !seen.has(newest) && settled(newest)) break;
      if (performance.now() > deadline) throw new Error(`no reply on screen for ${JSON.stringify(say)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  // Decimal digits of any script as ASCII (the brightness text is locale-formatted).
  const zeros = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10];
  const ascii = (text: string) =>
    [...text]
      .map((ch) => {
        const cp = ch.codePointAt(0)!;
        const zero = zeros.find((z) => cp >= z && cp <= z + 9);
        return zero === undefined ? ch : String(cp - zero);
      })
      .join('');
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = (at: number) => {
    const d = new Date(at);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };
  const all = (sel: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(sel)];

  const alarms = all('[data-testid="alarm"]').map((li) => {
    const at = Date.parse(li.querySelector('time')?.dateTime ?? '');
    return { kind: li.dataset.kind === 'timer' ? ('timer' as const) : ('alarm' as const), at, local: local(at) };
  });
  const lists = all('[data-testid="list"]').map((l) => ({
    name: l.dataset.listName ?? '',
    items: all('[data-testid="list-item"]', l).map((i) => (i.textContent ?? '').trim()),
  }));
  const events = all('[data-testid="event"]').map((li) => {
    const time = li.querySelector('time');
    const stamp = time?.dateTime ?? li.dataset.date ?? '';
    const [date, clock] = stamp.split('T') as [string, string | undefined];
    // "<time>when</time>: title"
    const title = (li.textContent ?? '').slice((time?.textContent ?? '').length).replace(/^\s*:\s*/, '').trim();
    return { date, ...(clock ? { time: clock } : {}), title };
  });
  const light = document.querySelector<HTMLElement>('[data-testid="device-light"]');
  const level = /\d+/.exec(ascii(document.querySelector('[data-testid="light-brightness"]')?.textContent ?? ''));
  const volume = document.querySelector<HTMLElement>('[data-testid="volume"]');
  const media = document.querySelector<HTMLElement>('[data-testid="media"]');
  const snapshot: Snapshot = {
    now: Date.now(),
    alarms,
    lists,
    events,
    light: { on: light?.dataset.state === 'on', brightness: level ? Number(level[0]) : NaN, colour: light?.dataset.colour ?? '' },
    volume: Number(volume?.dataset.volume),
    muted: volume?.dataset.muted === 'true',
    playing: media?.dataset.state === 'playing',
  };

  const turns = document.querySelectorAll<HTMLElement>(turnsSelector);
  const last = turns[turns.length - 1];
  const reply = last?.querySelector<HTMLElement>('[data-testid="assistant-reply"]');
  const heard: Heard | null =
    say !== null && reply
      ? { scenario: reply.dataset.scenario ?? '', effect: reply.dataset.effect ?? '', text: (reply.textContent ?? '').trim(), intent: last?.dataset.intent ?? '' }
      : null;
  const error = say !== null && !reply ? (last?.querySelector('[role="alert"]')?.textContent ?? 'error') : null;
  // The conversation marks a reply that waits for an answer (`.awaiting`).
  return { snapshot, heard, awaiting: !!reply?.parentElement?.querySelector('.awaiting'), error };
}
