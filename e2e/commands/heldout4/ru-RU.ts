// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** ru-RU: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'разбуди меня в полседьмого', expect: { alarm: '06:30' } },
  { skill: 'alarm', say: 'поставь будильник на понедельник на восемь пятнадцать', expect: { alarm: { time: '08:15', day: '2026-11-30' } } },
  { skill: 'timer', say: 'засеки сорок пять секунд', expect: { timer: 45 } },
  { skill: 'list', say: 'добавь молоко и хлеб в список покупок', expect: { listItems: ['молоко', 'хлеб'] } },
  { skill: 'calendar', say: 'запиши в календарь встречу с юристом в четверг в 4 часа дня', expect: { event: { day: '2026-11-26', time: '16:00', titleIncludes: 'юрист', notInTitle: ['четверг', 'час', 'дня'] } } },
  { skill: 'light', say: 'сделай свет поярче', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'сделай свет оранжевым', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'поставь громкость на семьдесят', expect: { volume: 70 } },
  { skill: 'media', say: 'включи какую-нибудь музыку', expect: { playing: true } },
  { skill: 'math', say: 'сколько будет 512 разделить на 8', expect: { math: '64' } },
  { skill: 'datetime', say: 'а который сейчас час', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['поставь будильник', 'на шесть утра'], expect: { alarm: '06:00' } },
];
export default commands;
