// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** nl-NL: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'wek me morgen om kwart over zes', expect: { alarm: { time: '06:15', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'zet een wekker om half acht', expect: { alarm: '07:30' } },
  { skill: 'timer', say: 'zet even een timer op 7 minuten', expect: { timer: 420 } },
  { skill: 'list', say: 'hagelslag op het boodschappenlijstje graag', expect: { listItems: ['hagelslag'] } },
  { skill: 'calendar', say: 'kun je overmorgen om 11 uur tandarts in mijn agenda zetten', expect: { event: { day: '2026-11-26', time: '11:00', titleIncludes: 'tandarts', notInTitle: ['overmorgen', 'uur'] } } },
  { skill: 'light', say: 'zet de lampen aan', expect: { light: { on: true } } },
  { skill: 'light', say: 'maak de lamp roze', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'volume', say: 'mag het geluid iets zachter', expect: { volume: 'down' } },
  { skill: 'media', say: 'ga verder met de muziek', expect: { playing: true } },
  { skill: 'math', say: 'hoeveel is 63 plus 29', expect: { math: '92' } },
  { skill: 'datetime', say: 'hoe laat is het nu eigenlijk', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['zet een wekker', 'maak het licht rood'], expect: { light: { on: true, colour: 'red' } } },
];
export default commands;
