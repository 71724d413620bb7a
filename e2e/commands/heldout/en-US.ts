// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** en-US: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'wake me up at 5 45 am', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'set an alarm for half past nine tonight', expect: { alarm: '21:30' } },
  { skill: 'timer', say: 'start a 90 second timer', expect: { timer: 90 } },
  { skill: 'list', say: 'add bread and cheese to the grocery list', expect: { listItems: ['bread', 'cheese'] } },
  { skill: 'calendar', say: 'put a haircut on my calendar saturday at 11 am', expect: { event: { day: '2026-11-28', time: '11:00', titleIncludes: 'haircut', notInTitle: ['saturday', 'calendar'] } } },
  { skill: 'light', say: 'switch the lights on please', expect: { light: { on: true } } },
  { skill: 'light', say: 'make the lights purple', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'lower the volume', expect: { volume: 'down' } },
  { skill: 'media', say: 'resume the music', expect: { playing: true } },
  { skill: 'math', say: 'what is 100 divided by 4', expect: { math: '25' } },
  { skill: 'datetime', say: 'what day is it today', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['i need a timer', 'twenty minutes'], expect: { timer: 1200 } },
];
export default commands;
