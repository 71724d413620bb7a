// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** ru-RU: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'разбуди меня послезавтра в семь утра', expect: { alarm: { time: '07:00', day: '2026-11-26' } } },
  { skill: 'alarm', say: 'поставь будильник на полшестого вечера', expect: { alarm: '17:30' } },
  { skill: 'timer', say: 'засеки две минуты', expect: { timer: 120 } },
  { skill: 'list', say: 'добавь хлеб и сыр в список покупок', expect: { listItems: ['хлеб', 'сыр'] } },
  {
    skill: 'calendar',
    say: 'запиши встречу с врачом в пятницу в десять утра',
    expect: { event: { day: '2026-11-27', time: '10:00', titleIncludes: 'встреч', notInTitle: ['пятниц', 'утра', 'десять'] } },
  },
  { skill: 'light', say: 'сделай свет потусклее', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'включи фиолетовый свет', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'сделай громкость на семьдесят', expect: { volume: 70 } },
  { skill: 'media', say: 'сними музыку с паузы', expect: { playing: true } },
  { skill: 'math', say: 'сколько будет сто двадцать минус сорок пять', expect: { math: '75' } },
  { skill: 'datetime', say: 'слушай который час', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['поставь таймер', 'на полчаса'], expect: { timer: 1800 } },
];

export default commands;
