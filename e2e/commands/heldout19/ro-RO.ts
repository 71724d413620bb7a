// Nineteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ro-RO: nineteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'pune alarma pentru luni dimineață la șapte fără un sfert', expect: { alarm: { time: '06:45', day: '2026-11-30' } }, note: '"luni" is Monday (2026-11-30); "șapte fără un sfert" is a quarter to seven: 06:45.' },
  { skill: 'alarm', say: 'pune o alarmă la zece și jumătate seara', expect: { alarm: '22:30' } },
  { skill: 'timer', say: 'pune un timer de două minute și treizeci de secunde', expect: { timer: 150 } },
  { skill: 'timer', say: 'pune un timer de un sfert de oră', expect: { timer: 900 } },
  { skill: 'list', say: 'adaugă hârtie igienică pe lista de cumpărături', expect: { listItems: ['hârtie igienică'] } },
  { skill: 'calendar', say: 'pune în calendar cină cu maria mâine seară la opt', expect: { event: { day: '2026-11-25', time: '20:00', titleIncludes: 'cină', notInTitle: ['mâine', 'seară', 'opt'] } }, note: '"mâine seară la opt" is tomorrow at 20:00.' },
  { skill: 'light', say: 'redu lumina la treizeci și cinci la sută', expect: { light: { brightness: 35 } }, given: { light: 'on' }, note: '"la sută" is percent.' },
  { skill: 'light', say: 'dă lumina puțin mai tare', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'pune volumul la douăzeci', expect: { volume: 20 } },
  { skill: 'media', say: 'pune niște muzică', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'cât fac douăzeci la sută din două sute cincizeci', expect: { math: '50' }, note: '20 % of 250 = 50.' },
  { skill: 'followup', say: ['pune o alarmă', 'la șase și un sfert dimineața'], expect: { alarm: '06:15' } },
];

export default commands;
