// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** en-US: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'set my alarm for six forty five in the morning', expect: { alarm: '06:45' } },
  { skill: 'alarm', say: 'wake me up at 7 tomorrow', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'timer', say: 'can you set a timer for ten minutes', expect: { timer: 600 } },
  { skill: 'list', say: 'put tomatoes and onions on my shopping list', expect: { listItems: ['tomatoes', 'onions'] } },
  { skill: 'calendar', say: 'schedule a meeting with sarah on friday at 2 pm', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'sarah', notInTitle: ['friday', 'pm'] } } },
  { skill: 'light', say: 'turn the lights off', expect: { light: { on: false } } },
  { skill: 'light', say: 'change the light to orange', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'turn the volume down a little', expect: { volume: 'down' } },
  { skill: 'media', say: 'stop the song', expect: { playing: false } },
  { skill: 'math', say: 'how much is fifteen times four', expect: { math: '60' } },
  { skill: 'datetime', say: 'what time is it right now', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['set an alarm', 'six thirty am'], expect: { alarm: '06:30' } },
];
export default commands;
