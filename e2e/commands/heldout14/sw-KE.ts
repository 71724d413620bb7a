// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** sw-KE: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'niamshe saa moja kasoro robo asubuhi', expect: { alarm: '06:45' }, note: 'Swahili time counts from 6 am: "saa moja asubuhi" is 07:00, "kasoro robo" is less a quarter, so 06:45.' },
  { skill: 'alarm', say: 'weka kengele jumamosi saa mbili asubuhi', expect: { alarm: { time: '08:00', day: '2026-11-28' } }, note: 'Jumamosi is Saturday; "saa mbili asubuhi" (the second hour after 6 am) is 08:00.' },
  { skill: 'timer', say: 'weka kipima muda dakika ishirini', expect: { timer: 1200 } },
  { skill: 'timer', say: 'weka kipima muda cha saa moja na nusu', expect: { timer: 5400 }, note: 'Here "saa moja na nusu" is a duration (one and a half hours), not the clock time 07:30.' },
  { skill: 'list', say: 'ongeza maziwa mkate na sukari kwenye orodha ya ununuzi', expect: { listItems: ['maziwa', 'mkate', 'sukari'] } },
  { skill: 'calendar', say: 'weka kwenye kalenda mkutano na wanjiku kesho saa nane mchana', expect: { event: { day: '2026-11-25', time: '14:00', titleIncludes: 'mkutano', notInTitle: ['kesho', 'nane', 'mchana'] } }, note: 'Kesho is tomorrow; "saa nane mchana" (the eighth hour after 6 am) is 14:00.' },
  { skill: 'light', say: 'zima taa', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'weka taa rangi nyekundu', expect: { light: { colour: 'red' } } },
  { skill: 'volume', say: 'ongeza sauti kidogo', expect: { volume: 'up' } },
  { skill: 'media', say: 'sitisha muziki', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: 'tisa mara sita ni ngapi', expect: { math: '54' } },
  { skill: 'followup', say: ['weka kengele', 'achana nayo washa taa'], expect: { light: { on: true } }, given: { light: 'off' }, note: '"achana nayo" = forget it; the alarm question is dropped, the light comes on.' },
];

export default commands;
