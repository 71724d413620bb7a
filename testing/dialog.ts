/**
 * Test helpers: an `Understood` built from an utterance and its slot texts (offsets are
 * computed, as the NLU would give them), and a dialog wired to fakes.
 */
import { createDialog, type DialogDeps } from '../src/dialog/dialog.ts';
import { createMemoryStorage } from '../src/dialog/storage/memory.ts';
import type { AlarmSound } from '../src/dialog/alarms/sound.ts';
import type { Turn, Understood } from '../src/dialog/types.ts';

/** `u('alarm_set', 'wake me at seven', [['time', 'seven']])`. */
export function understood(intent: string, text: string, slots: [string, string][] = [], locale = 'en-US', confidence = 0.9): Understood {
  return {
    text,
    locale,
    intent,
    scenario: intent.split('_')[0]!,
    confidence,
    slots: slots.map(([label, value]) => {
      const start = text.indexOf(value);
      if (start < 0) throw new Error(`slot text "${value}" not in "${text}"`);
      return { label, start, end: start + value.length, text: value };
    }),
  };
}

/** A sound that records whether it is on. */
export function recordingSound(): AlarmSound & { on: boolean; starts: number } {
  const s = {
    on: false,
    starts: 0,
    start() {
      if (!s.on) s.starts++;
      s.on = true;
    },
    stop() {
      s.on = false;
    },
  };
  return s;
}

/** A dialog with memory storage, a recording sound and collected notifications/rings. */
export function testDialog(deps: DialogDeps = {}) {
  const storage = deps.storage ?? createMemoryStorage();
  const sound = recordingSound();
  const notes: string[] = [];
  const rings: Turn[] = [];
  let n = 0;
  const dialog = createDialog({ storage, sound, notify: (t) => notes.push(t), onRing: (t) => rings.push(t), newId: () => `id${++n}`, ...deps });
  return { dialog, storage, sound, notes, rings };
}
