// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** sw-KE: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'niamshe kesho alfajiri saa kumi na moja na nusu', expect: { alarm: { time: '05:30', day: '2026-11-25' } }, note: 'Swahili time counts from 6:00: saa kumi na moja alfajiri is 05:00, na nusu 05:30' },
  { skill: 'alarm', say: 'weka kengele saa nne usiku', expect: { alarm: '22:00' }, note: 'Swahili time: saa nne usiku is 22:00' },
  { skill: 'timer', say: 'weka kipima muda cha sekunde 30', expect: { timer: 30 } },
  { skill: 'list', say: 'ongeza mchele na unga kwenye orodha ya manunuzi', expect: { listItems: ['mchele', 'unga'] } },
  { skill: 'calendar', say: 'weka harusi ya rafiki yangu jumamosi saa nane mchana', expect: { event: { day: '2026-11-28', time: '14:00', titleIncludes: 'harusi', notInTitle: ['jumamosi', 'saa nane', 'mchana'] } }, note: 'Swahili time: saa nane mchana is 14:00' },
  { skill: 'light', say: 'washa taa tafadhali', expect: { light: { on: true } } },
  { skill: 'light', say: 'punguza mwanga kidogo', expect: { light: { brightness: 'down' } } },
  { skill: 'volume', say: 'weka sauti kwenye sabini', expect: { volume: 70 } },
  { skill: 'media', say: 'zima muziki', expect: { playing: false } },
  { skill: 'math', say: 'ishirini na nne gawanya kwa sita', expect: { math: '4' } },
  { skill: 'datetime', say: 'leo ni siku gani', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['weka kengele', 'saa mbili asubuhi'], expect: { alarm: '08:00' }, note: 'Swahili time: saa mbili asubuhi is 08:00' },
];
export default commands;
