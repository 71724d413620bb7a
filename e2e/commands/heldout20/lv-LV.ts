// Twentieth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** lv-LV: twentieth held-out natural commands (Latvian). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'parīt pamodini mani pusseptiņos', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: '"Parīt" is the day after tomorrow (Thursday 26 November); Latvian "pusseptiņos" is half an hour BEFORE seven, 06:30.' },
  { skill: 'alarm', say: 'uzliec modinātāju vienpadsmitos vakarā', expect: { alarm: '23:00' } },
  { skill: 'timer', say: 'uzliec taimeri uz vienu minūti un piecdesmit sekundēm', expect: { timer: 110 } },
  { skill: 'timer', say: 'ieslēdz taimeri uz pusstundu', expect: { timer: 1800 } },
  { skill: 'list', say: 'pievieno iepirkumu sarakstam tualetes papīru', expect: { listItems: ['tualetes papīru'] }, note: 'Toilet paper, in the accusative as said.' },
  { skill: 'calendar', say: 'ieraksti kalendārā vakariņas ar annu rīt vakarā septiņos', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'vakariņas', notInTitle: ['rīt', 'vakarā', 'septiņos'] } }, note: '"Rīt vakarā septiņos" is tomorrow at 19:00; "vakariņas" (dinner) is the title, not a time word.' },
  { skill: 'light', say: 'aptumšo gaismu līdz trīsdesmit procentiem', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'padari gaismu mazliet gaišāku', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'uzliec skaļumu uz piecpadsmit', expect: { volume: 15 } },
  { skill: 'media', say: 'ieslēdz kādu mūziku', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'cik ir divdesmit pieci procenti no divsimt', expect: { math: '50' } },
  { skill: 'followup', say: ['uzliec modinātāju', 'ceturksni pāri sešiem no rīta'], expect: { alarm: '06:15' }, note: '"Ceturksni pāri sešiem" is a quarter past six.' },
];

export default commands;
