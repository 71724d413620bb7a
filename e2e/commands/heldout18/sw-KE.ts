// Eighteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** sw-KE: eighteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'niamshe jumatatu ijayo saa kumi na mbili na nusu asubuhi', expect: { alarm: { time: '06:30', day: '2026-11-30' } }, note: 'Swahili time counts from 6 am: "saa kumi na mbili asubuhi" (the twelfth hour) is 06:00, "na nusu" adds half an hour. "jumatatu ijayo" is next Monday, 30 November.' },
  { skill: 'alarm', say: 'weka alarm saa tatu na nusu usiku', expect: { alarm: '21:30' }, note: 'Swahili time: "saa tatu usiku" (the third hour of the night) is 21:00, so "na nusu" is 21:30.' },
  { skill: 'timer', say: 'weka timer ya dakika moja na sekunde arobaini na tano', expect: { timer: 105 }, note: 'One minute and forty-five seconds.' },
  { skill: 'timer', say: 'weka timer ya robo saa', expect: { timer: 900 }, note: '"robo saa" is a quarter of an hour.' },
  { skill: 'list', say: 'ongeza mafuta ya kupikia kwenye orodha ya ununuzi', expect: { listItems: ['mafuta ya kupikia'] }, note: '"mafuta ya kupikia" (cooking oil) is one item.' },
  { skill: 'calendar', say: 'weka kwenye kalenda chakula cha jioni na wanjiku kesho saa moja usiku', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'wanjiku', notInTitle: ['kesho', 'saa', 'usiku'] } }, note: 'Swahili time: "saa moja usiku" (the first hour of the night) is 19:00. "chakula cha jioni" (dinner) is the title, so "jioni" may stay in it.' },
  { skill: 'light', say: 'punguza mwanga wa taa hadi asilimia thelathini', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'ongeza mwanga wa taa kidogo', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'weka sauti iwe arobaini', expect: { volume: 40 } },
  { skill: 'media', say: 'nichezee muziki wowote', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'mia mbili gawanya kwa nane ni ngapi', expect: { math: '25' } },
  { skill: 'followup', say: ['weka alarm', 'saa kumi na mbili na robo asubuhi'], expect: { alarm: '06:15' }, note: 'Swahili time: "saa kumi na mbili asubuhi" is 06:00, "na robo" adds a quarter: 06:15.' },
];

export default commands;
