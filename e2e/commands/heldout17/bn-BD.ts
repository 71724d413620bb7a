// Seventeenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** bn-BD: seventeenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'পরশু সকাল সাড়ে ছয়টায় একটা এলার্ম দাও', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: '"পরশু" is the day after tomorrow here (it can also mean the day before yesterday, but an alarm is in the future): Thu 2026-11-26. "সাড়ে ছয়টা" is half past six.' },
  { skill: 'alarm', say: 'রাত সাড়ে দশটায় এলার্ম দাও', expect: { alarm: '22:30' }, note: '"রাত সাড়ে দশটা" is half past ten at night.' },
  { skill: 'timer', say: 'এক মিনিট চল্লিশ সেকেন্ডের টাইমার দাও', expect: { timer: 100 }, note: '1 min 40 s = 100 s.' },
  { skill: 'timer', say: 'আধা ঘণ্টার একটা টাইমার চালু করো', expect: { timer: 1800 }, note: '"আধা ঘণ্টা" (Bangladeshi form of আধ ঘণ্টা) is half an hour.' },
  { skill: 'list', say: 'বাজারের লিস্টে সয়াবিন তেল যোগ করো', expect: { listItems: ['সয়াবিন তেল'] }, note: 'One item, soybean oil; "বাজারের লিস্ট" is the shopping list.' },
  { skill: 'calendar', say: 'আগামীকাল সন্ধ্যা সাতটায় রাকিবের সাথে ডিনার ক্যালেন্ডারে রাখো', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'রাকিব', notInTitle: ['কাল', 'সন্ধ্যা', 'সাতটা'] } }, note: '"সন্ধ্যা সাতটা" is 7 in the evening; the title is dinner with Rakib.' },
  { skill: 'light', say: 'লাইটটা ত্রিশ পার্সেন্টে নামিয়ে দাও', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'আলোটা একটু বাড়াও', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'ভলিউম পঁচিশ করো', expect: { volume: 25 } },
  { skill: 'media', say: 'একটা গান ছাড়ো', expect: { playing: true }, given: { playing: false }, note: '"Put on a song" (ছাড়া, colloquial for playing music).' },
  { skill: 'math', say: 'দুইশোর পনেরো পার্সেন্ট কত', expect: { math: '30' }, note: '15 percent of 200 = 30.' },
  { skill: 'followup', say: ['একটা এলার্ম সেট করো', 'সকাল সোয়া ছয়টায়'], expect: { alarm: '06:15' }, note: '"সোয়া ছয়টা" is a quarter past six, in the morning: 06:15.' },
];

export default commands;
