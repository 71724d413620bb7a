// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** nl-NL: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'maak me morgenochtend om kwart voor zeven wakker', expect: { alarm: { time: '06:45', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'zet even een wekker om half negen vanavond', expect: { alarm: '20:30' }, note: 'Dutch "half negen" is 8:30.' },
  { skill: 'timer', say: 'ik heb een timer van zes minuten nodig', expect: { timer: 360 } },
  { skill: 'list', say: 'zet kaas en appels op de boodschappenlijst', expect: { listItems: ['kaas', 'appels'] } },
  {
    skill: 'calendar',
    say: 'zet een afspraak bij de kapper in mijn agenda voor donderdag om elf uur',
    expect: { event: { day: '2026-11-26', time: '11:00', titleIncludes: 'kapper', notInTitle: ['donderdag', 'elf', 'uur'] } },
  },
  { skill: 'light', say: 'doe het licht eens wat feller', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'kun je het licht oranje maken', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'zet het volume op vijfendertig', expect: { volume: 35 } },
  { skill: 'media', say: 'kun je de muziek even stilzetten', expect: { playing: false } },
  { skill: 'math', say: 'hoeveel is zevenenzestig plus achttien', expect: { math: '85' } },
  { skill: 'datetime', say: 'zeg hoe laat is het nu', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['zet een wekker', 'laat maar doe de muziek maar weer aan'],
    expect: { playing: true },
    note: 'The question for the alarm time is overtaken by a new command: only its effect counts, no alarm.',
  },
];

export default commands;
