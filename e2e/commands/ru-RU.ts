/** ru-RU: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // Будильник
  { skill: 'alarm', say: 'разбуди меня в 6 15', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'поставь будильник на завтра на половину восьмого утра', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'будильник на 18 30', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: 'разбуди меня без четверти шесть', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'поставь будильник на четверть одиннадцатого вечера', expect: { alarm: '22:15' } },
  // Таймер
  { skill: 'timer', say: 'таймер 25 минут', expect: { timer: 1500 } },
  { skill: 'timer', say: 'поставь таймер на десять минут', expect: { timer: 600 } },
  { skill: 'timer', say: 'засеки полтора часа', expect: { timer: 5400 } },
  // Списки
  { skill: 'list', say: 'добавь молоко в список покупок', expect: { listItems: ['молоко'] } },
  { skill: 'list', say: 'добавь яблоки и груши в список покупок', expect: { listItems: ['яблоки', 'груши'] } },
  { skill: 'list', say: 'запиши яйца и масло в мой список', expect: { listItems: ['яйца', 'масло'] } },
  // Календарь
  { skill: 'calendar', say: 'добавь стоматолога в четверг в 16 30', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'стоматолог', notInTitle: ['четверг'] } } },
  { skill: 'calendar', say: 'запланируй встречу с анной завтра в десять утра', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'встреч', notInTitle: ['завтра', 'десять', 'утра'] } } },
  { skill: 'calendar', say: 'внеси в календарь обед с томом в пятницу в половине первого', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: 'обед', notInTitle: ['пятниц', 'половин', 'календар'] } } },
  // Свет
  { skill: 'light', say: 'включи свет', expect: { light: { on: true } } },
  { skill: 'light', say: 'выключи свет', expect: { light: { on: false } } },
  { skill: 'light', say: 'приглуши свет', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'сделай свет ярче', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'сделай свет зелёным', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'поменяй цвет света на синий', expect: { light: { on: true, colour: 'blue' } } },
  // Громкость
  { skill: 'volume', say: 'сделай погромче', expect: { volume: 'up' } },
  { skill: 'volume', say: 'потише пожалуйста', expect: { volume: 'down' } },
  { skill: 'volume', say: 'громкость на 30', expect: { volume: 30 } },
  // Музыка
  { skill: 'media', say: 'включи музыку', expect: { playing: true } },
  { skill: 'media', say: 'поставь музыку на паузу', expect: { playing: false } },
  // Счёт
  { skill: 'math', say: 'сколько будет 7 умножить на 7', expect: { math: '49' } },
  { skill: 'math', say: 'пятнадцать плюс двадцать семь', expect: { math: '42' } },
  // Время и дата
  { skill: 'datetime', say: 'который час', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: 'какое сегодня число', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // Диалоги
  { skill: 'followup', say: ['поставь будильник', 'на 7 утра'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['поставь таймер', 'пять минут'], expect: { timer: 300 } },
  { skill: 'followup', say: ['добавь в список покупок', 'выключи свет'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
