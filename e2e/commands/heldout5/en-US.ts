// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** en-US: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'i gotta be up at 5 45 tomorrow morning can you set an alarm', expect: { alarm: { time: '05:45', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'um can you set an alarm for quarter to eight tonight', expect: { alarm: '19:45' } },
  { skill: 'timer', say: 'give me a timer for twelve minutes', expect: { timer: 720 } },
  { skill: 'list', say: 'throw paper towels and dish soap on my shopping list', expect: { listItems: ['paper towels', 'dish soap'] } },
  {
    skill: 'calendar',
    say: 'put dinner with mom on my calendar for friday at 7 pm',
    expect: { event: { day: '2026-11-27', time: '19:00', titleIncludes: 'dinner', notInTitle: ['friday', 'pm'] } },
  },
  { skill: 'light', say: "it's way too bright in here", expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'hey switch the lights to purple', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'could you turn the volume down a bit', expect: { volume: 'down' } },
  { skill: 'media', say: 'pause the music for a sec', expect: { playing: false } },
  { skill: 'math', say: "what's 17 times 4", expect: { math: '68' } },
  { skill: 'datetime', say: 'hey what time is it', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['set an alarm', 'quarter to seven in the morning'], expect: { alarm: '06:45' } },
];

export default commands;
