// Nineteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** da-DK: nineteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'sæt en alarm i overmorgen klokken kvart over seks', expect: { alarm: { time: '06:15', day: '2026-11-26' } }, note: '"i overmorgen" is the day after tomorrow: Thursday 2026-11-26.' },
  { skill: 'alarm', say: 'sæt en alarm klokken halv ti i aften', expect: { alarm: '21:30' }, note: 'Danish "halv ti" is half an hour before ten; "i aften" makes it 21:30.' },
  { skill: 'timer', say: 'start en timer på tre minutter og tyve sekunder', expect: { timer: 200 }, note: '3 min 20 s = 200 s.' },
  { skill: 'timer', say: 'sæt en timer på en halv time', expect: { timer: 1800 } },
  { skill: 'list', say: 'sæt revet ost på indkøbslisten', expect: { listItems: ['revet ost'] }, note: '"revet ost" is grated cheese.' },
  { skill: 'calendar', say: 'sæt middag med mette i kalenderen i morgen klokken syv om aftenen', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'middag', notInTitle: ['morgen', 'klokken', 'syv', 'aften'] } } },
  { skill: 'light', say: 'dæmp lyset til fyrre procent', expect: { light: { brightness: 40 } }, given: { light: 'on' }, note: '"fyrre" is forty.' },
  { skill: 'light', say: 'skru lidt op for lyset', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'sæt lydstyrken til halvtreds', expect: { volume: 50 }, note: 'Danish "halvtreds" is fifty.' },
  { skill: 'media', say: 'spil noget musik', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'hvad er femten procent af to hundrede', expect: { math: '30' }, note: '15 % of 200 = 30.' },
  { skill: 'followup', say: ['sæt en alarm', 'halv syv om morgenen'], expect: { alarm: '06:30' }, note: '"halv syv" is half an hour before seven: 06:30.' },
];

export default commands;
