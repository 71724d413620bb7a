// Thirteenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** sl-SL: thirteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'zbudi me ob četrt na sedem zjutraj', expect: { alarm: '06:15' }, note: 'Slovene "četrt na sedem" is a quarter towards seven, 06:15 (not 06:45).' },
  { skill: 'alarm', say: 'nastavi budilko v soboto ob pol osmih', expect: { alarm: { time: '07:30', day: '2026-11-28' } }, note: '"pol osmih" is half towards eight, 07:30.' },
  { skill: 'timer', say: 'nastavi časovnik na eno uro in petindvajset minut', expect: { timer: 5100 } },
  { skill: 'timer', say: 'nastavi timer na pol ure', expect: { timer: 1800 } },
  { skill: 'list', say: 'dodaj na seznam za trgovino mleko jogurt in banane', expect: { listItems: ['mleko', 'jogurt', 'banane'] } },
  { skill: 'calendar', say: 'dodaj v koledar kosilo z mojco jutri ob dvanajst petinštirideset', expect: { event: { day: '2026-11-25', time: '12:45', titleIncludes: 'kosilo', notInTitle: ['jutri', 'dvanajst', 'petinštirideset'] } }, note: '"kosilo z mojco" is lunch with Mojca.' },
  { skill: 'light', say: 'ugasni luč', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'malo posvetli luč', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'nastavi glasnost na štirideset', expect: { volume: 40 } },
  { skill: 'media', say: 'nadaljuj z glasbo', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'koliko je šest krat devet', expect: { math: '54' } },
  { skill: 'followup', say: ['dodaj nekaj na seznam za trgovino', 'ugasni luči'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
