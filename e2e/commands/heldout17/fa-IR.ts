// Seventeenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** fa-IR: seventeenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'پس فردا ساعت شش و نیم صبح یه آلارم بذار', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: '"پس فردا" (often written پس‌فردا) is the day after tomorrow, Thu 2026-11-26.' },
  { skill: 'alarm', say: 'ساعت ده و ربع شب آلارم بذار', expect: { alarm: '22:15' }, note: '"ده و ربع شب" is a quarter past ten at night.' },
  { skill: 'timer', say: 'تایمر سه دقیقه و ده ثانیه بذار', expect: { timer: 190 }, note: '3 min 10 s = 190 s.' },
  { skill: 'timer', say: 'یه ربع تایمر بذار', expect: { timer: 900 }, note: '"یه ربع" (a quarter) is a quarter of an hour, 15 minutes.' },
  { skill: 'list', say: 'روغن زیتون رو به لیست خرید اضافه کن', expect: { listItems: ['روغن زیتون'] }, note: 'One item, olive oil; "رو" is the colloquial object marker را.' },
  { skill: 'calendar', say: 'فردا ساعت هفت شب شام با مریم رو تو تقویم بذار', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'مریم', notInTitle: ['فردا', 'ساعت', 'هفت', 'شب'] } }, note: '"هفت شب" is 7 pm; the title is dinner ("شام") with Maryam.' },
  { skill: 'light', say: 'نور چراغ رو کم کن تا سی درصد', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'نور رو یه کم بیشتر کن', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'صدا رو بذار رو بیست', expect: { volume: 20 }, note: '"Put the sound on twenty."' },
  { skill: 'media', say: 'یه آهنگ پخش کن', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'سی درصد هشتاد چند میشه', expect: { math: '24' }, note: '30 percent of 80 = 24.' },
  { skill: 'followup', say: ['یه آلارم بذار', 'شش و ربع صبح'], expect: { alarm: '06:15' }, note: '"شش و ربع صبح" is a quarter past six in the morning.' },
];

export default commands;
