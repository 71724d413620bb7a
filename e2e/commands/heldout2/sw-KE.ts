// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** sw-KE: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'niamshe kesho saa moja asubuhi', expect: { alarm: { time: '07:00', day: '2026-11-25' } }, note: 'Swahili time counts from 6:00: saa moja asubuhi is 07:00' },
  { skill: 'alarm', say: 'weka kengele saa kumi na mbili na dakika arobaini na tano asubuhi', expect: { alarm: '06:45' }, note: 'saa kumi na mbili asubuhi is 06:00' },
  { skill: 'timer', say: 'kipima muda dakika kumi tafadhali', expect: { timer: 600 } },
  { skill: 'list', say: 'ongeza nyanya na vitunguu kwenye orodha ya ununuzi', expect: { listItems: ['nyanya', 'vitunguu'] } },
  { skill: 'calendar', say: 'weka miadi na daktari ijumaa saa nane mchana', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'daktari', notInTitle: ['ijumaa', 'mchana'] } }, note: 'saa nane mchana is 14:00' },
  { skill: 'light', say: 'zima taa tafadhali', expect: { light: { on: false } } },
  { skill: 'light', say: 'weka taa rangi ya kijani', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'shusha sauti kidogo', expect: { volume: 'down' } },
  { skill: 'media', say: 'simamisha wimbo', expect: { playing: false } },
  { skill: 'math', say: 'kumi na tano mara nne ni ngapi', expect: { math: '60' } },
  { skill: 'datetime', say: 'saa ngapi sasa hivi', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['nataka kipima muda', 'dakika kumi na tano'], expect: { timer: 900 } },
];
export default commands;
