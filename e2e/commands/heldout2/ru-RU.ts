// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** ru-RU: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'разбуди меня завтра в семь утра', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'поставь будильник на шесть сорок пять утра', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'засеки десять минут', expect: { timer: 600 } },
  { skill: 'list', say: 'добавь помидоры и лук в список покупок', expect: { listItems: ['помидоры', 'лук'] } },
  { skill: 'calendar', say: 'запиши встречу с врачом в пятницу в два часа дня', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'врачом', notInTitle: ['пятницу', 'дня'] } } },
  { skill: 'light', say: 'погаси свет', expect: { light: { on: false } } },
  { skill: 'light', say: 'включи зелёный свет', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'сделай потише', expect: { volume: 'down' } },
  { skill: 'media', say: 'останови музыку', expect: { playing: false } },
  { skill: 'math', say: 'сколько будет пятнадцать умножить на четыре', expect: { math: '60' } },
  { skill: 'datetime', say: 'сколько сейчас времени', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['поставь таймер', 'на пятнадцать минут'], expect: { timer: 900 } },
];
export default commands;
