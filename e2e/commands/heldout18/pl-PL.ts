// Eighteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** pl-PL: eighteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'nastaw budzik na pojutrze na wpół do siódmej rano', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: 'Polish "wpół do siódmej" is half an hour before seven: 06:30. "pojutrze" is the day after tomorrow, 26 November.' },
  { skill: 'alarm', say: 'ustaw budzik na jedenastą w nocy', expect: { alarm: '23:00' } },
  { skill: 'timer', say: 'włącz minutnik na minutę i dwadzieścia sekund', expect: { timer: 80 } },
  { skill: 'timer', say: 'nastaw minutnik na kwadrans', expect: { timer: 900 }, note: '"kwadrans" is a quarter of an hour.' },
  { skill: 'list', say: 'dodaj papier toaletowy do listy zakupów', expect: { listItems: ['papier toaletowy'] } },
  { skill: 'calendar', say: 'dodaj do kalendarza kolację z kasią jutro o ósmej wieczorem', expect: { event: { day: '2026-11-25', time: '20:00', titleIncludes: 'kasią', notInTitle: ['jutro', 'ósmej', 'wieczorem'] } } },
  { skill: 'light', say: 'przyciemnij światło do trzydziestu procent', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'rozjaśnij trochę światło', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'ustaw głośność na czterdzieści pięć', expect: { volume: 45 } },
  { skill: 'media', say: 'puść jakąś muzykę', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'ile to jest sto dwadzieścia podzielić przez osiem', expect: { math: '15' } },
  { skill: 'followup', say: ['ustaw budzik', 'za kwadrans siódma rano'], expect: { alarm: '06:45' }, note: '"za kwadrans siódma" is a quarter to seven: 06:45.' },
];

export default commands;
