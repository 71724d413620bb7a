// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** nl-NL: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'maak me wakker om tien over half zeven', expect: { alarm: '06:40' }, note: 'Dutch "half zeven" is 06:30, so "tien over half zeven" is 06:40.' },
  { skill: 'alarm', say: 'zet een wekker voor morgenochtend om kwart voor acht', expect: { alarm: { time: '07:45', day: '2026-11-25' } } },
  { skill: 'timer', say: 'zet een timer van 45 minuten', expect: { timer: 2700 } },
  { skill: 'timer', say: 'zet een timer van twee uur en tien minuten', expect: { timer: 7800 }, note: 'A duration: two hours ten minutes, not the clock time 02:10.' },
  { skill: 'list', say: 'zet kaas brood en appels op de boodschappenlijst', expect: { listItems: ['kaas', 'brood', 'appels'] } },
  { skill: 'calendar', say: 'zet tennis met sanne zaterdag om elf uur in mijn agenda', expect: { event: { day: '2026-11-28', time: '11:00', titleIncludes: 'tennis', notInTitle: ['zaterdag', 'elf', 'uur'] } } },
  { skill: 'light', say: 'doe het licht uit', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'maak het licht oranje', expect: { light: { colour: 'orange' } } },
  { skill: 'volume', say: 'zet het volume op dertig', expect: { volume: 30 } },
  { skill: 'media', say: 'pauzeer de muziek', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: 'hoeveel is zeventien plus vijfentwintig', expect: { math: '42' } },
  { skill: 'followup', say: ['zet een timer', 'laat maar doe het licht aan'], expect: { light: { on: true } }, given: { light: 'off' }, note: '"laat maar" = never mind; the timer question is dropped.' },
];

export default commands;
