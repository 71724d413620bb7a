// Sixteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ru-RU: sixteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'поставь будильник на следующий понедельник на семь тридцать утра', expect: { alarm: { time: '07:30', day: '2026-11-30' } }, note: 'Said on Tuesday 24 November, "следующий понедельник" is Monday 30 November.' },
  { skill: 'alarm', say: 'будильник на полдесятого вечера', expect: { alarm: '21:30' }, note: 'Russian counts halves into the coming hour: "полдесятого" is half of the tenth hour, 9:30; with "вечера" it is 21:30.' },
  { skill: 'timer', say: 'поставь таймер на 90 секунд', expect: { timer: 90 } },
  { skill: 'timer', say: 'засеки полчаса', expect: { timer: 1800 }, note: '"засеки" (time it) with a duration starts a timer; полчаса is half an hour.' },
  { skill: 'list', say: 'добавь оливковое масло в список покупок', expect: { listItems: ['оливковое масло'] }, note: 'оливковое масло is neuter, so the accusative as said is the same as the dictionary form.' },
  { skill: 'calendar', say: 'запиши в календарь ужин с машей завтра в семь вечера', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'ужин', notInTitle: ['завтра', 'семь', 'вечер'] } }, note: '"завтра в семь вечера" is 19:00 on Wednesday 25 November.' },
  { skill: 'light', say: 'убавь свет до тридцати процентов', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'сделай свет чуть поярче', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'поставь громкость на двадцать', expect: { volume: 20 } },
  { skill: 'media', say: 'включи музыку', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'сколько будет двадцать процентов от ста пятидесяти', expect: { math: '30' } },
  { skill: 'followup', say: ['поставь будильник', 'на шесть пятнадцать утра'], expect: { alarm: '06:15' } },
];

export default commands;
