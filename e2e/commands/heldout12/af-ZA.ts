// Twelfth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** af-ZA: twelfth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'stel die wekker vir tien voor sewe soggens', expect: { alarm: '06:50' }, note: 'tien voor sewe = ten to seven; soggens = in the morning' },
  { skill: 'alarm', say: 'maak my vrydag om half agt wakker', expect: { alarm: { time: '07:30', day: '2026-11-27' } }, note: 'half agt = half past seven (07:30), not 08:30' },
  { skill: 'timer', say: "sit 'n timer aan vir een uur en vyftien minute", expect: { timer: 4500 } },
  { skill: 'timer', say: "stel 'n timer vir 'n halfuur", expect: { timer: 1800 } },
  { skill: 'list', say: 'sit melk eiers en botter op my inkopielys', expect: { listItems: ['melk', 'eiers', 'botter'] } },
  { skill: 'calendar', say: 'sit middagete met pieter môre om kwart oor twaalf in my kalender', expect: { event: { day: '2026-11-25', time: '12:15', titleIncludes: 'pieter', notInTitle: ['môre', 'kwart', 'twaalf'] } }, note: 'kwart oor twaalf = 12:15 (lunch, midday)' },
  { skill: 'light', say: 'skakel die lig af', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: "maak die lig 'n bietjie dowwer", expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'sit die volume op veertig', expect: { volume: 40 } },
  { skill: 'media', say: 'sit die musiek weer aan', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'hoeveel is sesenveertig plus sewentien', expect: { math: '63' }, note: 'sesenveertig = six-and-forty = 46' },
  { skill: 'followup', say: ['sit iets op my inkopielys', 'sit die lig af'], expect: { light: { on: false } }, given: { light: 'on' }, note: 'the second turn overtakes the pending what-to-add question' },
];

export default commands;
