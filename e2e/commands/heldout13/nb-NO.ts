// Thirteenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** nb-NO: thirteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'vekk meg kvart på sju i morra tidlig', expect: { alarm: '06:45' }, note: '"kvart på sju" is quarter to seven, 06:45; "i morra tidlig" is colloquial for tomorrow morning (the next 06:45 anyway).' },
  { skill: 'alarm', say: 'sett en alarm på torsdag klokka halv ni', expect: { alarm: { time: '08:30', day: '2026-11-26' } }, note: '"halv ni" is half to nine, 08:30.' },
  { skill: 'timer', say: 'sett en timer på en time og tjue minutter', expect: { timer: 4800 }, note: '"timer" is the English loan for the timer (also the Norwegian plural of "time", hour); "en time" is one hour.' },
  { skill: 'timer', say: 'start en nedtelling på en halvtime', expect: { timer: 1800 } },
  { skill: 'list', say: 'legg til melk egg og kaffe på handlelista', expect: { listItems: ['melk', 'egg', 'kaffe'] } },
  { skill: 'calendar', say: 'legg inn lunsj med kari i morgen klokka kvart over tolv', expect: { event: { day: '2026-11-25', time: '12:15', titleIncludes: 'lunsj', notInTitle: ['morgen', 'klokka', 'kvart', 'tolv'] } } },
  { skill: 'light', say: 'skru av lyset', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'demp lyset litt', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'sett volumet på førti', expect: { volume: 40 } },
  { skill: 'media', say: 'fortsett musikken', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'hva blir femten ganger fire', expect: { math: '60' } },
  { skill: 'followup', say: ['legg til noe på handlelista', 'slå av lyset'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
