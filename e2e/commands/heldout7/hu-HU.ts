// Seventh held-out set: written on 4 December 2026 by someone who had not read the code or the earlier sets' sentences (only the summaries in docs/commands.md); run it once, blind, do not tune on it.
/** hu-HU: seventh held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'ébressz fel holnap reggel hatkor',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
    note: '"hatkor" is "at six".',
  },
  {
    skill: 'alarm',
    say: 'állíts be egy ébresztőt reggel negyed nyolcra',
    expect: { alarm: '07:15' },
    note: '"negyed nyolc" is a quarter of the way to eight: 07:15.',
  },
  { skill: 'timer', say: 'indíts egy időzítőt harminc percre', expect: { timer: 1800 } },
  { skill: 'timer', say: 'tegyél fel egy 5 perces időzítőt', expect: { timer: 300 } },
  {
    skill: 'list',
    say: 'írd fel a bevásárlólistára a tojást és a lisztet',
    expect: { listItems: ['tojás', 'liszt'] },
    note: 'Said in the accusative (tojást, lisztet) as Hungarian requires; the list items are the plain nouns egg and flour.',
  },
  {
    skill: 'calendar',
    say: 'írd be a naptárba hogy fogorvos pénteken délután háromkor',
    expect: {
      event: { day: '2026-11-27', time: '15:00', titleIncludes: 'fogorvos', notInTitle: ['péntek', 'délután', 'háromkor'] },
    },
    note: '"délután háromkor" is three in the afternoon; Friday is 2026-11-27.',
  },
  {
    skill: 'light',
    say: 'kapcsold fel légyszi a villanyt',
    expect: { light: { on: true } },
    note: '"légyszi" is a casual "please".',
  },
  { skill: 'light', say: 'legyen piros a lámpa', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'hangosítsd fel kicsit', expect: { volume: 'up' } },
  { skill: 'media', say: 'állítsd le a zenét', expect: { playing: false } },
  { skill: 'datetime', say: 'mondd már hány óra van', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['állíts be egy ébresztőt', 'reggel hétkor'],
    expect: { alarm: '07:00' },
    note: 'The assistant asks for the time; "reggel hétkor" is seven in the morning.',
  },
];

export default commands;
