/** en-US: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // Alarms
  { skill: 'alarm', say: 'wake me up at 6 15', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'set an alarm for 7 30 am', expect: { alarm: '07:30' } },
  { skill: 'alarm', say: 'alarm at eight pm', expect: { alarm: '20:00' } },
  { skill: 'alarm', say: 'wake me up tomorrow at quarter to six', expect: { alarm: { time: '05:45', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'set an alarm for a quarter past ten tonight', expect: { alarm: '22:15' } },
  // Timers
  { skill: 'timer', say: 'timer 25 minutes', expect: { timer: 1500 } },
  { skill: 'timer', say: 'set a timer for ten minutes', expect: { timer: 600 } },
  { skill: 'timer', say: 'start a timer for an hour and a half', expect: { timer: 5400 } },
  // Lists
  { skill: 'list', say: 'add milk to my shopping list', expect: { listItems: ['milk'] } },
  { skill: 'list', say: 'put apples and pears on my shopping list', expect: { listItems: ['apples', 'pears'] } },
  { skill: 'list', say: 'add eggs and butter to the grocery list', expect: { listItems: ['eggs', 'butter'] } },
  // Calendar
  { skill: 'calendar', say: 'add dentist thursday at 4 30 pm', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'dentist', notInTitle: ['thursday', 'pm'] } } },
  { skill: 'calendar', say: 'schedule a meeting with anna tomorrow at ten am', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'anna', notInTitle: ['tomorrow', 'ten'] } } },
  { skill: 'calendar', say: 'put lunch with tom on my calendar for friday at 12 30', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: 'lunch', notInTitle: ['friday', 'calendar'] } } },
  // Light
  { skill: 'light', say: 'lights on', expect: { light: { on: true } } },
  { skill: 'light', say: 'turn off the lights', expect: { light: { on: false } } },
  { skill: 'light', say: 'dim the lights', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'turn the lights up', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'make the light green', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'change the lights to blue', expect: { light: { on: true, colour: 'blue' } } },
  // Volume
  { skill: 'volume', say: 'turn it up', expect: { volume: 'up' } },
  { skill: 'volume', say: 'volume down a bit', expect: { volume: 'down' } },
  { skill: 'volume', say: 'set the volume to 30', expect: { volume: 30 } },
  // Music
  { skill: 'media', say: 'play some music', expect: { playing: true } },
  { skill: 'media', say: 'pause the music', expect: { playing: false } },
  // Arithmetic
  { skill: 'math', say: "what's 7 times 7", expect: { math: '49' } },
  { skill: 'math', say: 'what is fifteen plus twenty seven', expect: { math: '42' } },
  // Time and date
  { skill: 'datetime', say: 'what time is it', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: "what's the date today", expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // Conversations
  { skill: 'followup', say: ['set an alarm', 'for 7 am'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['set a timer', 'five minutes'], expect: { timer: 300 } },
  { skill: 'followup', say: ['add to my list', 'turn off the lights'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
