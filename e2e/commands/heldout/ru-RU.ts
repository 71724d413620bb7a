// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** ru-RU: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'разбуди меня завтра в полседьмого', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'поставь будильник на девятнадцать пятнадцать', expect: { alarm: '19:15' } },
  { skill: 'timer', say: 'засеки семь минут', expect: { timer: 420 } },
  { skill: 'list', say: 'добавь сыр в список покупок', expect: { listItems: ['сыр'] } },
  { skill: 'calendar', say: 'запиши встречу с врачом в пятницу в 11 утра', expect: { event: { day: '2026-11-27', time: '11:00', titleIncludes: 'врач', notInTitle: ['пятниц', 'утра'] } } },
  { skill: 'light', say: 'включи свет пожалуйста', expect: { light: { on: true } } },
  { skill: 'light', say: 'сделай свет фиолетовым', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'громкость на восемьдесят', expect: { volume: 80 } },
  { skill: 'media', say: 'запусти музыку', expect: { playing: true } },
  { skill: 'math', say: 'сколько будет шесть умножить на восемь', expect: { math: '48' } },
  { skill: 'datetime', say: 'какая сегодня дата', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['мне нужен будильник', 'сделай потише'], expect: { volume: 'down' }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
