// Eighth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** nb-NO: eighth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'kan du vekke meg klokka seks i morgen tidlig',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
    note: '"i morgen tidlig" is tomorrow morning.',
  },
  {
    skill: 'alarm',
    say: 'sett alarmen på halv åtte',
    expect: { alarm: '07:30' },
    note: 'Norwegian "halv åtte" is half an hour before eight: 07:30.',
  },
  { skill: 'timer', say: 'sett en timer på tjuefem minutter', expect: { timer: 1500 } },
  { skill: 'timer', say: 'start en timer på 8 minutter', expect: { timer: 480 } },
  { skill: 'list', say: 'legg til egg og smør på handlelista', expect: { listItems: ['egg', 'smør'] } },
  {
    skill: 'calendar',
    say: 'sett opp tannlegetime på fredag klokka tre på ettermiddagen',
    expect: {
      event: { day: '2026-11-27', time: '15:00', titleIncludes: 'tannlege', notInTitle: ['fredag', 'klokka', 'tre', 'ettermiddag'] },
    },
    note: '"tannlegetime" is a dentist appointment ("time" = appointment); three in the afternoon is 15:00.',
  },
  { skill: 'light', say: 'kan du skru på lyset', expect: { light: { on: true } } },
  { skill: 'light', say: 'gjør lyset blått', expect: { light: { on: true, colour: 'blue' } } },
  { skill: 'volume', say: 'skru ned lyden litt', expect: { volume: 'down' } },
  { skill: 'media', say: 'sett musikken på pause', expect: { playing: false } },
  { skill: 'datetime', say: 'hva er klokka nå', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['sett en alarm', 'kvart på sju om morgenen'],
    expect: { alarm: '06:45' },
    note: 'The assistant asks for the time; "kvart på sju" is a quarter to seven.',
  },
];

export default commands;
