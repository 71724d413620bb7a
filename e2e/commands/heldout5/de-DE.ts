// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** de-DE: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ich muss am freitag um viertel nach fünf raus stell mir nen wecker', expect: { alarm: { time: '05:15', day: '2026-11-27' } } },
  { skill: 'alarm', say: 'stell mal einen wecker auf 17 uhr 45', expect: { alarm: '17:45' } },
  { skill: 'timer', say: 'mach mir mal einen timer für zwanzig minuten', expect: { timer: 1200 } },
  { skill: 'list', say: 'schreib butter und eier auf die einkaufsliste', expect: { listItems: ['butter', 'eier'] } },
  {
    skill: 'calendar',
    say: 'trag mir übermorgen um 10 uhr einen zahnarzttermin ein',
    expect: { event: { day: '2026-11-26', time: '10:00', titleIncludes: 'zahnarzt', notInTitle: ['übermorgen', 'uhr'] } },
  },
  { skill: 'light', say: 'mach bitte das licht aus', expect: { light: { on: false } } },
  { skill: 'light', say: 'mach das licht mal grün', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'dreh die lautstärke auf dreißig', expect: { volume: 30 } },
  { skill: 'media', say: 'spiel die musik weiter', expect: { playing: true } },
  { skill: 'math', say: 'wie viel ist 96 geteilt durch 8', expect: { math: '12' } },
  { skill: 'datetime', say: 'welcher tag ist heute', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  {
    skill: 'followup',
    say: ['stell einen wecker', 'pack käse auf die einkaufsliste'],
    expect: { listItems: ['käse'] },
    note: 'The question for the alarm time is overtaken by a list command: only the cheese is added, no alarm.',
  },
];

export default commands;
