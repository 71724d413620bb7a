// Eighteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** tr-TR: eighteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'yarından sonra sabah yedi buçukta beni uyandır', expect: { alarm: { time: '07:30', day: '2026-11-26' } }, note: '"yarından sonra" is the day after tomorrow, 26 November.' },
  { skill: 'alarm', say: 'gece on bire alarm kur', expect: { alarm: '23:00' }, note: '"gece on bir" is eleven at night.' },
  { skill: 'timer', say: 'üç dakika yirmi saniyelik zamanlayıcı kur', expect: { timer: 200 } },
  { skill: 'timer', say: 'yarım saatlik zamanlayıcı kur', expect: { timer: 1800 } },
  { skill: 'list', say: 'alışveriş listesine domates salçası ekle', expect: { listItems: ['domates salçası'] } },
  { skill: 'calendar', say: 'yarın akşam saat yedide ayşe ile yemeği takvime ekle', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'ayşe', notInTitle: ['yarın', 'akşam', 'saat', 'yedi'] } }, note: '"yarın akşam saat yedide" is tomorrow at 19:00.' },
  { skill: 'light', say: 'ışıkları yüzde otuza kıs', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'ışığı biraz daha aç', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' }, note: 'With the light already on, "biraz daha aç" (open it a bit more) means brighter.' },
  { skill: 'volume', say: 'sesi yirmiye getir', expect: { volume: 20 } },
  { skill: 'media', say: 'biraz müzik aç', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'yüz seksenin yüzde onu kaç', expect: { math: '18' }, note: 'Ten percent of 180.' },
  { skill: 'followup', say: ['alarm kur', 'sabah altıyı çeyrek geçe'], expect: { alarm: '06:15' }, note: '"altıyı çeyrek geçe" is a quarter past six.' },
];

export default commands;
