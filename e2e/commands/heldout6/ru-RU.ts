// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** ru-RU: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'разбуди меня завтра в семь утра пожалуйста', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  {
    skill: 'alarm',
    say: 'заведи будильник на половину одиннадцатого вечера',
    expect: { alarm: '22:30' },
    note: '"Half of the eleventh" in the evening is 22:30.',
  },
  { skill: 'timer', say: 'засеки полчаса', expect: { timer: 1800 } },
  { skill: 'list', say: 'добавь в список покупок сыр и молоко', expect: { listItems: ['сыр', 'молоко'] } },
  {
    skill: 'calendar',
    say: 'запиши в календарь встречу с юристом в понедельник в десять утра',
    expect: { event: { day: '2026-11-30', time: '10:00', titleIncludes: 'встреч', notInTitle: ['понедельник', 'десять', 'утра'] } },
  },
  { skill: 'light', say: 'сделай свет чуть потусклее пожалуйста', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'а можно свет сделать фиолетовым', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'поставь громкость на шестьдесят', expect: { volume: 60 } },
  { skill: 'media', say: 'продолжи играть музыку', expect: { playing: true } },
  { skill: 'math', say: 'сколько будет двести разделить на восемь', expect: { math: '25' } },
  { skill: 'datetime', say: 'подскажи какое сегодня число', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  {
    skill: 'followup',
    say: ['поставь таймер', 'на семь минут'],
    expect: { timer: 420 },
    note: 'The assistant asks for the length; the second turn answers it.',
  },
];

export default commands;
