// Thirteenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** lv-LV: thirteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'pamodini mani bez ceturkšņa septiņos no rīta', expect: { alarm: '06:45' }, note: '"bez ceturkšņa septiņos" is at a quarter to seven, 06:45.' },
  { skill: 'alarm', say: 'uzliec modinātāju svētdien pusdeviņos', expect: { alarm: { time: '08:30', day: '2026-11-29' } }, note: '"pusdeviņos" is at half to nine, 08:30; "svētdien" is on Sunday.' },
  { skill: 'timer', say: 'uzliec taimeri uz divām stundām un desmit minūtēm', expect: { timer: 7800 } },
  { skill: 'timer', say: 'ieslēdz taimeri uz pusstundu', expect: { timer: 1800 } },
  { skill: 'list', say: 'ieliec iepirkumu sarakstā pienu maizi un ābolus', expect: { listItems: ['pienu', 'maizi', 'ābolus'] }, note: 'The items are in the accusative as said (piens, maize, āboli).' },
  { skill: 'calendar', say: 'ieliec kalendārā pusdienas ar jāni rīt pulksten divpadsmit piecpadsmit', expect: { event: { day: '2026-11-25', time: '12:15', titleIncludes: 'pusdienas', notInTitle: ['rīt', 'pulksten', 'divpadsmit', 'piecpadsmit'] } }, note: '"pusdienas" is lunch (it begins with "pus", half, but is no time).' },
  { skill: 'light', say: 'nodzēs gaismu', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'nedaudz aptumšo gaismu', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'uzliec skaļumu uz sešdesmit', expect: { volume: 60 } },
  { skill: 'media', say: 'turpini atskaņot mūziku', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'cik ir septiņi reiz astoņi', expect: { math: '56' } },
  { skill: 'followup', say: ['pievieno kaut ko iepirkumu sarakstam', 'izslēdz gaismu'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
