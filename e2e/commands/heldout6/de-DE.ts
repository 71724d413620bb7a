// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** de-DE: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'kannst du mich morgen früh um viertel nach sechs wecken', expect: { alarm: { time: '06:15', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'stell bitte einen wecker für 19 uhr 45', expect: { alarm: '19:45' } },
  { skill: 'timer', say: 'ich brauche einen timer für acht minuten', expect: { timer: 480 } },
  { skill: 'list', say: 'setz bitte nudeln und tomaten auf die einkaufsliste', expect: { listItems: ['nudeln', 'tomaten'] } },
  {
    skill: 'calendar',
    say: 'trag mir für übermorgen um zehn uhr einen zahnarzttermin ein',
    expect: { event: { day: '2026-11-26', time: '10:00', titleIncludes: 'zahnarzt', notInTitle: ['übermorgen', 'zehn', 'uhr'] } },
  },
  { skill: 'light', say: 'mach das licht doch mal ein bisschen heller', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'kannst du das licht auf blau stellen', expect: { light: { on: true, colour: 'blue' } } },
  { skill: 'volume', say: 'mach mal ein bisschen lauter bitte', expect: { volume: 'up' } },
  { skill: 'media', say: 'spiel die musik bitte weiter', expect: { playing: true } },
  { skill: 'math', say: 'was ist neunzig geteilt durch sechs', expect: { math: '15' } },
  { skill: 'datetime', say: 'wie spät ist es eigentlich gerade', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['weck mich morgen', 'ach egal mach einfach das licht aus'],
    expect: { light: { on: false } },
    note: 'The question for the alarm time is overtaken by a new command: only its effect counts, no alarm.',
  },
];

export default commands;
