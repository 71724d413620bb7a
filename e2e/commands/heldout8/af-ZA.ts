// Eighth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** af-ZA: eighth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'maak my môre om sesuur wakker',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
    note: '"sesuur" is six o\'clock, "môre" tomorrow.',
  },
  {
    skill: 'alarm',
    say: "stel 'n alarm vir half agt vanaand",
    expect: { alarm: '19:30' },
    note: 'Afrikaans "half agt" is half an hour before eight; "vanaand" is tonight: 19:30.',
  },
  { skill: 'timer', say: "sit 'n timer vir vyftien minute", expect: { timer: 900 } },
  { skill: 'timer', say: 'timer vir 10 minute asseblief', expect: { timer: 600 } },
  { skill: 'list', say: 'sit suiker en koffie op die inkopielys', expect: { listItems: ['suiker', 'koffie'] } },
  {
    skill: 'calendar',
    say: "maak 'n afspraak by die tandarts woensdag om drie-uur in die middag",
    expect: {
      event: { day: '2026-11-25', time: '15:00', titleIncludes: 'tandarts', notInTitle: ['woensdag', 'drie', 'middag'] },
    },
    note: 'Wednesday is tomorrow; three in the afternoon is 15:00.',
  },
  { skill: 'light', say: 'sit die lig aan', expect: { light: { on: true } } },
  { skill: 'light', say: 'maak die lig rooi', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'maak dit bietjie sagter', expect: { volume: 'down' } },
  { skill: 'media', say: 'stop die liedjie asseblief', expect: { playing: false } },
  { skill: 'datetime', say: 'hoe laat is dit nou', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ["stel 'n alarm", 'kwart oor ses'],
    expect: { alarm: '06:15' },
    note: 'The assistant asks for the time; "kwart oor ses" is a quarter past six.',
  },
];

export default commands;
