// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ru-RU: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'разбуди меня без четверти семь', expect: { alarm: '06:45' }, note: '"без четверти семь" is a quarter to seven: 06:45.' },
  { skill: 'alarm', say: 'поставь будильник на четверг на семь утра', expect: { alarm: { time: '07:00', day: '2026-11-26' } } },
  { skill: 'timer', say: 'поставь таймер на 12 минут', expect: { timer: 720 } },
  { skill: 'timer', say: 'таймер на полтора часа', expect: { timer: 5400 } },
  { skill: 'list', say: 'добавь в список покупок хлеб молоко и сыр', expect: { listItems: ['хлеб', 'молоко', 'сыр'] } },
  { skill: 'calendar', say: 'добавь в календарь встречу с сергеем в пятницу в три часа дня', expect: { event: { day: '2026-11-27', time: '15:00', titleIncludes: 'встреч', notInTitle: ['пятниц', 'часа', 'дня'] } }, note: '"три часа дня" is 15:00; "встреч" matches встреча or встречу.' },
  { skill: 'light', say: 'включи свет', expect: { light: { on: true } }, given: { light: 'off' } },
  { skill: 'light', say: 'сделай свет фиолетовым', expect: { light: { colour: 'purple' } } },
  { skill: 'volume', say: 'сделай погромче', expect: { volume: 'up' } },
  { skill: 'media', say: 'поставь музыку на паузу', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: 'сколько будет сорок восемь минус девятнадцать', expect: { math: '29' } },
  { skill: 'followup', say: ['поставь таймер', 'ладно поставь громкость на сорок'], expect: { volume: 40 }, note: 'The timer question is overtaken; no timer, volume 40.' },
];

export default commands;
