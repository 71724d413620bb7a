// Nineteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** hu-HU: nineteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'állíts be ébresztőt holnaputánra reggel hétre', expect: { alarm: { time: '07:00', day: '2026-11-26' } }, note: '"holnapután" is the day after tomorrow: Thursday 2026-11-26.' },
  { skill: 'alarm', say: 'állíts ébresztőt este háromnegyed tízre', expect: { alarm: '21:45' }, note: 'Hungarian "háromnegyed tíz" is three quarters of the way to ten: 9:45; "este" makes it 21:45.' },
  { skill: 'timer', say: 'indíts egy kilencven másodperces időzítőt', expect: { timer: 90 } },
  { skill: 'timer', say: 'tegyél fel egy időzítőt negyed órára', expect: { timer: 900 }, note: '"negyed óra" is a quarter of an hour.' },
  { skill: 'list', say: 'írd fel a bevásárlólistára a görög joghurtot', expect: { listItems: ['görög joghurt'] }, note: 'Greek yoghurt; "joghurtot" is the accusative the verb needs, the list item is the plain form "görög joghurt".' },
  { skill: 'calendar', say: 'írd be a naptárba holnap este hétre vacsora annával', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'vacsor', notInTitle: ['holnap', 'este', 'hétre'] } }, note: '"vacsora annával" is dinner with Anna; "holnap este hétre" is tomorrow at 19:00. "vacsor" accepts vacsora or vacsorát.' },
  { skill: 'light', say: 'vedd le a fényerőt harminc százalékra', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'egy kicsit világosabbat kérek', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'állítsd a hangerőt huszonötre', expect: { volume: 25 } },
  { skill: 'media', say: 'tegyél be egy kis zenét', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'mennyi száznyolcvan osztva tizenkettővel', expect: { math: '15' }, note: '180 / 12 = 15.' },
  { skill: 'followup', say: ['állíts be egy ébresztőt', 'reggel negyed hétre'], expect: { alarm: '06:15' }, note: '"negyed hét" is a quarter of the way to seven: 06:15.' },
];

export default commands;
