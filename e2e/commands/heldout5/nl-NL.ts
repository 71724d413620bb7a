// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** nl-NL: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'maak me donderdag om kwart over zes wakker', expect: { alarm: { time: '06:15', day: '2026-11-26' } } },
  { skill: 'alarm', say: 'zet een wekker om half vier vanmiddag', expect: { alarm: '15:30' } },
  { skill: 'timer', say: 'doe even een timer van zeven minuten', expect: { timer: 420 } },
  { skill: 'list', say: 'zet kaas en brood op de boodschappenlijst', expect: { listItems: ['kaas', 'brood'] } },
  {
    skill: 'calendar',
    say: 'zet een afspraak bij de kapper in mijn agenda voor maandag om half elf',
    expect: { event: { day: '2026-11-30', time: '10:30', titleIncludes: 'kapper', notInTitle: ['maandag', 'half', 'elf'] } },
  },
  { skill: 'light', say: 'doe het licht wat feller', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'maak het licht oranje', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'zet de muziek wat zachter', expect: { volume: 'down' } },
  { skill: 'media', say: 'pauzeer de muziek even', expect: { playing: false } },
  { skill: 'math', say: 'hoeveel is 56 gedeeld door 7', expect: { math: '8' } },
  { skill: 'datetime', say: 'weet jij hoe laat het is', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['zet een wekker', "om kwart voor acht 's ochtends"], expect: { alarm: '07:45' } },
];

export default commands;
