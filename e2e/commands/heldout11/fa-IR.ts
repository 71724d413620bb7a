// Eleventh held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** fa-IR: eleventh held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ساعت بیست دقیقه به هفت صبح بیدارم کن', expect: { alarm: '06:40' }, note: '"بیست دقیقه به هفت" = twenty minutes to seven = 06:40.' },
  { skill: 'alarm', say: 'برای جمعه ساعت هشت و نیم صبح آلارم بذار', expect: { alarm: { time: '08:30', day: '2026-11-27' } }, note: '"آلارم" = alarm (loanword); "بذار" = colloquial بگذار (set).' },
  { skill: 'timer', say: 'یه تایمر برای یه ساعت و پونزده دقیقه بذار', expect: { timer: 4500 }, note: 'Colloquial: "یه" = one/a, "پونزده" = پانزده (15).' },
  { skill: 'timer', say: 'تایمر نود ثانیه بذار', expect: { timer: 90 } },
  { skill: 'list', say: 'شیر و نون و تخم مرغ رو به لیست خرید اضافه کن', expect: { listItems: ['شیر', 'نون', 'تخم مرغ'] }, note: '"نون" = colloquial نان (bread); "تخم مرغ" (eggs) is one item of two words; "رو" is the spoken object marker را.' },
  { skill: 'calendar', say: 'فردا ساعت یک و نیم ناهار با سارا رو تو تقویم بذار', expect: { event: { day: '2026-11-25', time: '13:30', titleIncludes: 'سارا', notInTitle: ['فردا', 'یک', 'نیم'] } }, note: '"یک و نیم" = half past one; lunch ("ناهار") makes it 13:30.' },
  { skill: 'light', say: 'چراغ رو خاموش کن', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'نور رو بیشتر کن', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'صدا رو بذار رو بیست و پنج', expect: { volume: 25 } },
  { skill: 'media', say: 'آهنگ رو ادامه بده', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'هفت ضربدر هشت چند میشه', expect: { math: '56' } },
  { skill: 'followup', say: ['یه چیزی به لیست خرید اضافه کن', 'لامپ رو خاموش کن'], expect: { light: { on: false } }, given: { light: 'on' }, note: '"لامپ" (lamp) is the everyday word for the light.' },
];

export default commands;
