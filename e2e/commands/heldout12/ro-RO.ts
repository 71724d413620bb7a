// Twelfth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ro-RO: twelfth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'setează alarma la șapte fără douăzeci dimineața', expect: { alarm: '06:40' }, note: 'șapte fără douăzeci = seven less twenty = 06:40' },
  { skill: 'alarm', say: 'pune o alarmă joi la opt și jumătate', expect: { alarm: { time: '08:30', day: '2026-11-26' } }, note: 'joi = Thursday' },
  { skill: 'timer', say: 'pornește un timer de o oră și douăzeci de minute', expect: { timer: 4800 } },
  { skill: 'timer', say: 'setează un timer de jumătate de oră', expect: { timer: 1800 } },
  { skill: 'list', say: 'pune pe lista de cumpărături roșii brânză și cafea', expect: { listItems: ['roșii', 'brânză', 'cafea'] } },
  { skill: 'calendar', say: 'pune în calendar mâine la unu și un sfert prânz cu andrei', expect: { event: { day: '2026-11-25', time: '13:15', titleIncludes: 'andrei', notInTitle: ['mâine', 'sfert', 'unu'] } }, note: 'unu și un sfert = 1:15, afternoon for lunch (prânz) = 13:15' },
  { skill: 'light', say: 'stinge lumina', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'dă lumina mai tare', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'dă volumul la patruzeci și cinci', expect: { volume: 45 } },
  { skill: 'media', say: 'dă drumul la muzică din nou', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'cât fac șapte ori unsprezece', expect: { math: '77' } },
  { skill: 'followup', say: ['adaugă ceva pe lista de cumpărături', 'stinge te rog lumina'], expect: { light: { on: false } }, given: { light: 'on' }, note: 'the second turn overtakes the pending what-to-add question' },
];

export default commands;
