// Twentieth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** af-ZA: twentieth held-out natural commands (Afrikaans). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'maak my oormôreoggend om kwart voor sewe wakker', expect: { alarm: { time: '06:45', day: '2026-11-26' } }, note: '"Oormôreoggend" is the morning of the day after tomorrow (Thursday 26 November); "kwart voor sewe" is 06:45.' },
  { skill: 'alarm', say: 'stel die alarm vir halftien vanaand', expect: { alarm: '21:30' }, note: 'Afrikaans "halftien" is half an hour BEFORE ten (9:30), and "vanaand" (tonight) makes it 21:30.' },
  { skill: 'timer', say: 'sit die timer op twee minute en dertig sekondes', expect: { timer: 150 } },
  { skill: 'timer', say: "stel 'n timer vir 'n kwartier", expect: { timer: 900 }, note: '"\'n kwartier" is a quarter of an hour; "\'n" is the Afrikaans indefinite article, written with its apostrophe.' },
  { skill: 'list', say: 'sit bruin suiker op die inkopielys', expect: { listItems: ['bruin suiker'] } },
  { skill: 'calendar', say: 'sit aandete met pieter môreaand om sewe uur in my kalender', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'pieter', notInTitle: ['môre', 'sewe', 'uur'] } }, note: '"Môreaand" is tomorrow evening, so seven o\'clock is 19:00; the title is "aandete met pieter" (dinner with Pieter).' },
  { skill: 'light', say: 'verdof die ligte na dertig persent', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'maak die lig bietjie helderder', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'sit die volume op veertig', expect: { volume: 40 } },
  { skill: 'media', say: 'speel bietjie musiek', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'hoeveel is 180 gedeel deur twaalf', expect: { math: '15' } },
  { skill: 'followup', say: ["stel 'n alarm vir my", 'kwart oor ses in die oggend'], expect: { alarm: '06:15' }, note: 'The assistant asks for the time; "kwart oor ses in die oggend" is 06:15.' },
];

export default commands;
