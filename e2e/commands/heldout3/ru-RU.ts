// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** ru-RU: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'разбуди меня завтра в четверть седьмого утра', expect: { alarm: { time: '06:15', day: '2026-11-25' } }, note: 'четверть седьмого is a quarter past six' },
  { skill: 'alarm', say: 'поставь будильник на 10 вечера', expect: { alarm: '22:00' } },
  { skill: 'timer', say: 'поставь таймер на 40 секунд', expect: { timer: 40 } },
  { skill: 'list', say: 'закинь макароны и кетчуп в список покупок', expect: { listItems: ['макароны', 'кетчуп'] } },
  { skill: 'calendar', say: 'добавь в календарь день рождения мамы в воскресенье в шесть вечера', expect: { event: { day: '2026-11-29', time: '18:00', titleIncludes: 'день рождения', notInTitle: ['воскресень', 'вечера', 'календар'] } } },
  { skill: 'light', say: 'вруби свет', expect: { light: { on: true } } },
  { skill: 'light', say: 'поставь розовый свет', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'volume', say: 'убавь звук', expect: { volume: 'down' } },
  { skill: 'media', say: 'выруби музыку', expect: { playing: false } },
  { skill: 'math', say: 'сколько будет сто сорок четыре разделить на восемь', expect: { math: '18' } },
  { skill: 'datetime', say: 'какой сегодня день недели', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['добавь в список покупок', 'сахар'], expect: { listItems: ['сахар'] } },
];
export default commands;
