// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** en-US: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'get me up at twenty past six tomorrow morning', expect: { alarm: { time: '06:20', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'can you set an alarm for ten to eleven tonight', expect: { alarm: '22:50' } },
  { skill: 'timer', say: 'set a 3 minute timer for the eggs', expect: { timer: 180 } },
  { skill: 'list', say: 'can you add toilet paper to the shopping list', expect: { listItems: ['toilet paper'] } },
  { skill: 'calendar', say: 'put dinner with mom on my calendar for monday at 7 30 pm', expect: { event: { day: '2026-11-30', time: '19:30', titleIncludes: 'dinner', notInTitle: ['monday', 'pm', 'calendar'] } } },
  { skill: 'light', say: 'lower the lights a bit', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'turn the light red', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'turn the volume up to seventy percent', expect: { volume: 70 } },
  { skill: 'media', say: 'put on some music', expect: { playing: true } },
  { skill: 'math', say: "what's 72 divided by 8", expect: { math: '9' } },
  { skill: 'datetime', say: 'what day of the week is it', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['i need to add something to my list', 'dish soap'], expect: { listItems: ['dish soap'] } },
];
export default commands;
