// Eighteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** en-US: eighteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'wake me up next monday at six forty five', expect: { alarm: { time: '06:45', day: '2026-11-30' } }, note: 'Said on Tuesday 24 November, "next monday" is 30 November; "wake me up" makes it the morning.' },
  { skill: 'alarm', say: 'set an alarm for ten thirty at night', expect: { alarm: '22:30' } },
  { skill: 'timer', say: 'set a timer for ninety seconds', expect: { timer: 90 } },
  { skill: 'timer', say: 'set a timer for half an hour', expect: { timer: 1800 } },
  { skill: 'list', say: 'add paper towels to the shopping list', expect: { listItems: ['paper towels'] } },
  { skill: 'calendar', say: 'put dinner with sarah on my calendar for tomorrow at seven thirty pm', expect: { event: { day: '2026-11-25', time: '19:30', titleIncludes: 'sarah', notInTitle: ['tomorrow', 'seven', 'thirty', 'pm'] } } },
  { skill: 'light', say: 'dim the lights to twenty five percent', expect: { light: { brightness: 25 } }, given: { light: 'on' } },
  { skill: 'light', say: 'turn the lights up a little', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'set the volume to fifteen', expect: { volume: 15 } },
  { skill: 'media', say: 'play some music', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: "what's 20 percent of 150", expect: { math: '30' } },
  { skill: 'followup', say: ['set an alarm', 'quarter past six in the morning'], expect: { alarm: '06:15' }, note: 'The second turn answers the question for the time.' },
];

export default commands;
