// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** en-US: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: "hey can you make sure i'm up at six forty five tomorrow morning", expect: { alarm: { time: '06:45', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'set me an alarm for 9 15 tonight please', expect: { alarm: '21:15' } },
  { skill: 'timer', say: 'i need a timer for twelve minutes', expect: { timer: 720 } },
  { skill: 'list', say: 'can you put eggs butter and flour on my shopping list', expect: { listItems: ['eggs', 'butter', 'flour'] } },
  {
    skill: 'calendar',
    say: 'put a haircut on my calendar for friday at 2 pm',
    expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'haircut', notInTitle: ['friday', 'pm'] } },
  },
  { skill: 'light', say: 'could you maybe make the lights a little dimmer', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'switch the lights to green please', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'hey turn the volume down to thirty', expect: { volume: 30 } },
  { skill: 'media', say: 'okay pause the music for a sec', expect: { playing: false } },
  { skill: 'math', say: 'hey what is seventeen times four', expect: { math: '68' } },
  { skill: 'datetime', say: "what's the date the day after tomorrow", expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  {
    skill: 'followup',
    say: ['can you set an alarm for me', 'seven thirty in the morning'],
    expect: { alarm: '07:30' },
    note: 'The assistant asks for the time; the second turn answers it.',
  },
];

export default commands;
