/**
 * Adapts the NLU client (src/nlu) to the store's NluPort: forwards parse calls (through the
 * on-device learner, when there is one, so what was taught applies to every turn) and turns
 * the client's per-file byte progress into one overall fraction for the progress bar.
 */
import type { Learner } from '../learning/index.ts';
import type { NluClient, NluEvent as ClientEvent, ReadyInfo } from '../nlu/index.ts';
import type { NluEvent, NluPort } from '../state/nluPort.ts';

/** Sums per-file progress; the fraction is known once every file seen so far has a size. */
export class ProgressTotals {
  private readonly files = new Map<string, { loaded: number; total: number | null }>();

  /** Records one file's progress and returns the overall fraction (null if unknown). */
  update(file: string, loaded: number, total: number | null): number | null {
    this.files.set(file, { loaded, total });
    let sumLoaded = 0;
    let sumTotal = 0;
    for (const f of this.files.values()) {
      if (f.total == null) return null;
      sumLoaded += f.loaded;
      sumTotal += f.total;
    }
    return sumTotal > 0 ? Math.min(1, sumLoaded / sumTotal) : null;
  }
}

/** Maps one client event to the store's event (null for events the store ignores). */
export function toPortEvent(event: ClientEvent, totals: ProgressTotals): NluEvent | null {
  switch (event.type) {
    case 'progress': {
      const fraction = event.file == null ? null : totals.update(event.file, event.loaded, event.total);
      return { type: 'progress', stage: event.stage, fraction };
    }
    case 'ready': {
      const { backend, backendReason, threads, modelId, loadMs } = event.info;
      return { type: 'ready', info: { backend, backendReason, threads, modelId, loadMs } };
    }
    case 'error':
      return { type: 'error', code: event.error.code, message: event.error.message };
    case 'restart':
      return { type: 'restart', reason: event.reason };
    default: {
      const never: never = event;
      return never;
    }
  }
}

/** An NluPort backed by `client`, with `learner`'s memory applied to every parse. */
export function createNluPort(client: NluClient, learner?: Learner): NluPort {
  const totals = new ProgressTotals();
  if (learner) {
    const setModel = ({ modelId, labels, locales }: ReadyInfo) => learner.setModel({ modelId, scenarios: labels.scenarios, locales });
    // The client may have become ready before this port existed (main.tsx starts it first).
    if (client.info) setModel(client.info);
    client.on((event) => {
      if (event.type === 'ready') setModel(event.info);
    });
  }
  return {
    load: () => void client.load().catch(() => undefined),
    parse: async (text, locale) => {
      const result = await client.parse(text, locale);
      return learner ? learner.apply(result) : result;
    },
    subscribe: (listener) => {
      const off = client.on((event) => {
        const mapped = toPortEvent(event, totals);
        if (mapped) listener(mapped);
      });
      // A model that became ready before anyone listened is ready for the new listener too.
      if (client.info) listener(toPortEvent({ type: 'ready', info: client.info }, totals)!);
      return off;
    },
  };
}
