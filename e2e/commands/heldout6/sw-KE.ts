// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** sw-KE: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'naomba uniamshe kesho saa kumi na moja na nusu asubuhi',
    expect: { alarm: { time: '05:30', day: '2026-11-25' } },
    note: 'Swahili time counts from 6: saa kumi na moja na nusu asubuhi is 05:30.',
  },
  { skill: 'alarm', say: 'weka kengele saa mbili usiku', expect: { alarm: '20:00' }, note: 'Swahili time counts from 6: saa mbili usiku is 20:00.' },
  { skill: 'timer', say: 'weka kipima muda cha dakika kumi na tano', expect: { timer: 900 }, note: 'Kept simple; not written by a native speaker.' },
  { skill: 'list', say: 'ongeza sukari na chai kwenye orodha ya ununuzi', expect: { listItems: ['sukari', 'chai'] } },
  {
    skill: 'calendar',
    say: 'weka mkutano wa kazi kwenye kalenda ijumaa saa tatu asubuhi',
    expect: { event: { day: '2026-11-27', time: '09:00', titleIncludes: 'mkutano', notInTitle: ['ijumaa', 'saa', 'tatu', 'asubuhi'] } },
    note: 'Swahili time counts from 6: saa tatu asubuhi is 09:00.',
  },
  { skill: 'light', say: 'washa taa sasa hivi', expect: { light: { on: true } } },
  { skill: 'light', say: 'badilisha rangi ya taa iwe nyekundu', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'ongeza sauti kidogo tafadhali', expect: { volume: 'up' } },
  { skill: 'media', say: 'simamisha muziki kwanza', expect: { playing: false } },
  { skill: 'math', say: 'kumi na mbili mara tano ni ngapi', expect: { math: '60' } },
  { skill: 'datetime', say: 'niambie tarehe ya leo', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  {
    skill: 'followup',
    say: ['weka kengele', 'saa moja na nusu asubuhi'],
    expect: { alarm: '07:30' },
    note: 'Swahili time counts from 6: saa moja na nusu asubuhi is 07:30; the second turn answers the question for the time.',
  },
];

export default commands;
