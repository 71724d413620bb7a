// Twenty-first held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** nb-NO: twenty-first held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'vekk meg mandag neste uke klokka halv sju', expect: { alarm: { time: '06:30', day: '2026-11-30' } }, note: 'Norwegian "halv sju" is half an hour before seven: 06:30. Next week\'s Monday from Tue 24 Nov is 30 Nov.' },
  { skill: 'alarm', say: 'sett alarmen på halv ti i kveld', expect: { alarm: '21:30' }, note: '"halv ti i kveld" is half past nine in the evening: 21:30.' },
  { skill: 'timer', say: 'sett en timer på to minutter og tretti sekunder', expect: { timer: 150 } },
  { skill: 'timer', say: 'start en timer på et kvarter', expect: { timer: 900 }, note: '"et kvarter" is a quarter of an hour.' },
  { skill: 'list', say: 'legg revet ost på handlelista', expect: { listItems: ['revet ost'] }, note: '"revet ost" is grated cheese, one item.' },
  { skill: 'calendar', say: 'legg inn middag med kari i morgen kveld klokka sju', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'middag', notInTitle: ['i morgen', 'kveld', 'klokka', 'sju'] } } },
  { skill: 'light', say: 'demp lyset til 30 prosent', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'kan du skru opp lyset litt', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'sett volumet til tjue', expect: { volume: 20 } },
  { skill: 'media', say: 'spill litt musikk', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'hva er tjue prosent av hundre og femti', expect: { math: '30' } },
  { skill: 'followup', say: ['sett en alarm', 'kvart over seks om morgenen'], expect: { alarm: '06:15' }, note: 'The second turn answers the question for the time: quarter past six in the morning.' },
];

export default commands;
