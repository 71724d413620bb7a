/**
 * sw-KE: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00.
 * Clock times are said in Swahili time, counted from 06:00 and 18:00: "saa moja asubuhi" is
 * 07:00, "saa kumi na mbili jioni" is 18:00. Durations ("saa moja na nusu") are plain hours.
 */
import type { CommandSpec } from './types.ts';

const SW_TIME = 'Swahili time: saa N counts from 06:00 / 18:00';

const commands: readonly CommandSpec[] = [
  // Kengele
  { skill: 'alarm', say: 'niamshe saa kumi na mbili na robo asubuhi', expect: { alarm: '06:15' }, note: SW_TIME },
  { skill: 'alarm', say: 'weka kengele kesho saa moja na nusu asubuhi', expect: { alarm: { time: '07:30', day: '2026-11-25' } }, note: SW_TIME },
  { skill: 'alarm', say: 'weka alarm saa 12 na nusu jioni', expect: { alarm: '18:30' }, note: SW_TIME },
  { skill: 'alarm', say: 'niamshe saa kumi na mbili kasorobo asubuhi', expect: { alarm: '05:45' }, note: SW_TIME },
  { skill: 'alarm', say: 'weka kengele saa nne na robo usiku', expect: { alarm: '22:15' }, note: SW_TIME },
  // Kipima muda
  { skill: 'timer', say: 'weka timer ya dakika 25', expect: { timer: 1500 } },
  { skill: 'timer', say: 'weka kipima muda cha dakika kumi', expect: { timer: 600 } },
  { skill: 'timer', say: 'weka timer ya saa moja na nusu', expect: { timer: 5400 }, note: 'a duration: one and a half hours' },
  // Orodha
  { skill: 'list', say: 'ongeza maziwa kwenye orodha ya ununuzi', expect: { listItems: ['maziwa'] } },
  { skill: 'list', say: 'weka maembe na ndizi kwenye orodha yangu ya ununuzi', expect: { listItems: ['maembe', 'ndizi'] } },
  { skill: 'list', say: 'ongeza mayai na siagi kwenye orodha', expect: { listItems: ['mayai', 'siagi'] } },
  // Kalenda
  { skill: 'calendar', say: 'ongeza daktari wa meno alhamisi saa kumi na nusu jioni', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'daktari wa meno', notInTitle: ['alhamisi', 'saa', 'jioni'] } }, note: SW_TIME },
  { skill: 'calendar', say: 'panga mkutano na amina kesho saa nne asubuhi', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'amina', notInTitle: ['kesho', 'saa', 'asubuhi'] } }, note: SW_TIME },
  { skill: 'calendar', say: 'weka chakula cha mchana na tom ijumaa saa sita na nusu mchana', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: 'chakula', notInTitle: ['ijumaa', 'saa sita'] } }, note: SW_TIME },
  // Taa
  { skill: 'light', say: 'washa taa', expect: { light: { on: true } } },
  { skill: 'light', say: 'zima taa', expect: { light: { on: false } } },
  { skill: 'light', say: 'punguza mwanga wa taa', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'ongeza mwanga wa taa', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'fanya taa iwe ya kijani', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'badilisha taa iwe bluu', expect: { light: { on: true, colour: 'blue' } } },
  // Sauti
  { skill: 'volume', say: 'ongeza sauti', expect: { volume: 'up' } },
  { skill: 'volume', say: 'punguza sauti kidogo', expect: { volume: 'down' } },
  { skill: 'volume', say: 'weka sauti kwenye 30', expect: { volume: 30 } },
  // Muziki
  { skill: 'media', say: 'cheza muziki', expect: { playing: true } },
  { skill: 'media', say: 'simamisha muziki kwa muda', expect: { playing: false } },
  // Hesabu
  { skill: 'math', say: 'saba mara saba ni ngapi', expect: { math: '49' } },
  { skill: 'math', say: 'kumi na tano jumlisha ishirini na saba', expect: { math: '42' } },
  // Saa na tarehe
  { skill: 'datetime', say: 'ni saa ngapi sasa', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: 'leo ni tarehe ngapi', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // Mazungumzo
  { skill: 'followup', say: ['weka kengele', 'saa moja asubuhi'], expect: { alarm: '07:00' }, note: SW_TIME },
  { skill: 'followup', say: ['weka timer', 'dakika tano'], expect: { timer: 300 } },
  { skill: 'followup', say: ['ongeza kwenye orodha ya ununuzi', 'zima taa'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
