// Twelfth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** hu-HU: twelfth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ébressz fel reggel negyed hétkor', expect: { alarm: '06:15' }, note: 'negyed hét = a quarter into the seventh hour = 06:15' },
  { skill: 'alarm', say: 'állíts be ébresztőt péntek reggel hét órára', expect: { alarm: { time: '07:00', day: '2026-11-27' } } },
  { skill: 'timer', say: 'tegyél fel egy időzítőt két óra tizenöt percre', expect: { timer: 8100 } },
  { skill: 'timer', say: 'indíts egy fél órás időzítőt', expect: { timer: 1800 } },
  { skill: 'list', say: 'írd fel a bevásárlólistára hogy tej kenyér és vaj', expect: { listItems: ['tej', 'kenyér', 'vaj'] }, note: 'colloquial "write down that milk, bread and butter": the items stay in the nominative' },
  { skill: 'calendar', say: 'írd be a naptárba holnap fél egykor ebéd péterrel', expect: { event: { day: '2026-11-25', time: '12:30', titleIncludes: 'péter', notInTitle: ['holnap', 'fél', 'egykor'] } }, note: 'fél egy = half of the first hour = 12:30 (lunch); péterrel = with Péter' },
  { skill: 'light', say: 'kapcsold le a villanyt', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'vedd lejjebb a fényerőt', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'állítsd a hangerőt hatvanra', expect: { volume: 60 } },
  { skill: 'media', say: 'folytasd a zenét', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'mennyi tizenháromszor hét', expect: { math: '91' }, note: 'tizenháromszor = thirteen times' },
  { skill: 'followup', say: ['tegyél fel valamit a bevásárlólistára', 'oltsd le a villanyt'], expect: { light: { on: false } }, given: { light: 'on' }, note: 'the second turn overtakes the pending what-to-add question' },
];

export default commands;
