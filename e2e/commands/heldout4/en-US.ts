// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** en-US: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'hey wake me up tomorrow at quarter to seven', expect: { alarm: { time: '06:45', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'set an alarm for ten thirty tonight', expect: { alarm: '22:30' } },
  { skill: 'timer', say: 'can you start a timer for an hour and a half', expect: { timer: 5400 } },
  { skill: 'list', say: 'put paper towels and dish soap on my shopping list', expect: { listItems: ['paper towels', 'dish soap'] } },
  { skill: 'calendar', say: 'schedule a haircut on friday at two thirty pm', expect: { event: { day: '2026-11-27', time: '14:30', titleIncludes: 'haircut', notInTitle: ['friday', 'thirty', 'pm'] } } },
  { skill: 'light', say: 'shut the lights off please', expect: { light: { on: false } } },
  { skill: 'light', say: 'can you turn the lights purple', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'turn the volume down a notch', expect: { volume: 'down' } },
  { skill: 'media', say: 'pause the song', expect: { playing: false } },
  { skill: 'math', say: "what's 17 times 23", expect: { math: '391' } },
  { skill: 'datetime', say: 'do you know what time it is', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['can you set a timer for me', 'make it twenty minutes'], expect: { timer: 1200 } },
];
export default commands;
