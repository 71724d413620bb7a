// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** sw-KE: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'niamshe kesho saa kumi na mbili asubuhi', expect: { alarm: { time: '06:00', day: '2026-11-25' } }, note: 'Swahili time: saa kumi na mbili asubuhi is 06:00' },
  { skill: 'alarm', say: 'weka kengele saa tatu usiku', expect: { alarm: '21:00' }, note: 'Swahili time: saa tatu usiku is 21:00' },
  { skill: 'timer', say: 'weka kipima muda cha dakika sita', expect: { timer: 360 } },
  { skill: 'list', say: 'ongeza sukari kwenye orodha ya ununuzi', expect: { listItems: ['sukari'] } },
  { skill: 'calendar', say: 'weka mkutano ijumaa saa nne asubuhi', expect: { event: { day: '2026-11-27', time: '10:00', titleIncludes: 'mkutano', notInTitle: ['ijumaa', 'asubuhi'] } }, note: 'Swahili time: saa nne asubuhi is 10:00' },
  { skill: 'light', say: 'tafadhali zima taa', expect: { light: { on: false } } },
  { skill: 'light', say: 'fanya taa iwe nyekundu', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'ongeza sauti kidogo', expect: { volume: 'up' } },
  { skill: 'media', say: 'washa muziki', expect: { playing: true } },
  { skill: 'math', say: 'mia moja gawanya kwa nne ni ngapi', expect: { math: '25' } },
  { skill: 'datetime', say: 'niambie saa ngapi sasa', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['weka kipima muda', 'dakika kumi na tano'], expect: { timer: 900 } },
];
export default commands;
