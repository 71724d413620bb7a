// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** sw-KE: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'niamshe kesho saa kumi na moja na nusu alfajiri',
    expect: { alarm: { time: '05:30', day: '2026-11-25' } },
    note: 'Swahili time: saa kumi na moja alfajiri is 05:00, na nusu half past: 05:30.',
  },
  { skill: 'alarm', say: 'weka alarm ya saa mbili asubuhi', expect: { alarm: '08:00' }, note: 'Swahili time: saa mbili asubuhi is 08:00.' },
  { skill: 'timer', say: 'weka timer ya dakika thelathini', expect: { timer: 1800 } },
  { skill: 'list', say: 'weka sukari kwenye orodha ya ununuzi', expect: { listItems: ['sukari'] } },
  {
    skill: 'calendar',
    say: 'weka mkutano kwenye kalenda ijumaa saa nne asubuhi',
    expect: { event: { day: '2026-11-27', time: '10:00', titleIncludes: 'mkutano', notInTitle: ['ijumaa', 'saa', 'asubuhi'] } },
    note: 'Swahili time: saa nne asubuhi is 10:00.',
  },
  { skill: 'light', say: 'naomba uzime taa', expect: { light: { on: false } } },
  { skill: 'light', say: 'badilisha rangi ya taa iwe nyeupe', expect: { light: { on: true, colour: 'white' } } },
  { skill: 'volume', say: 'pandisha sauti kidogo', expect: { volume: 'up' } },
  { skill: 'media', say: 'simamisha muziki', expect: { playing: false } },
  { skill: 'math', say: 'ishirini na tano mara nne ni ngapi', expect: { math: '100' } },
  { skill: 'datetime', say: 'tarehe ngapi leo', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['ongeza kitu kwenye orodha ya ununuzi', 'mchele'], expect: { listItems: ['mchele'] } },
];
export default commands;
