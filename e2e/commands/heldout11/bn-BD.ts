// Eleventh held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** bn-BD: eleventh held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'সকাল সোয়া ছয়টায় এলার্ম দাও', expect: { alarm: '06:15' }, note: '"সোয়া ছয়টা" = a quarter past six = 06:15; "এলার্ম" = alarm (loanword).' },
  { skill: 'alarm', say: 'সোমবার সকাল সাতটার এলার্ম সেট করো', expect: { alarm: { time: '07:00', day: '2026-11-30' } } },
  { skill: 'timer', say: 'এক ঘণ্টা দশ মিনিটের একটা টাইমার চালু করো', expect: { timer: 4200 } },
  { skill: 'timer', say: 'পঞ্চাশ সেকেন্ডের টাইমার দাও', expect: { timer: 50 } },
  { skill: 'list', say: 'বাজারের লিস্টে চাল ডাল আর পেঁয়াজ যোগ করো', expect: { listItems: ['চাল', 'ডাল', 'পেঁয়াজ'] }, note: '"বাজারের লিস্ট" (market list) is the everyday shopping list; "আর" = and.' },
  { skill: 'calendar', say: 'আগামীকাল দুপুর দেড়টায় রহিম ভাইয়ের সাথে লাঞ্চ ক্যালেন্ডারে রাখো', expect: { event: { day: '2026-11-25', time: '13:30', titleIncludes: 'লাঞ্চ', notInTitle: ['আগামীকাল', 'দুপুর', 'দেড়টা'] } }, note: '"দেড়টা" = one and a half = 1:30, "দুপুর" (midday) makes it 13:30; "লাঞ্চ" = lunch (loanword).' },
  { skill: 'light', say: 'লাইটটা বন্ধ করে দাও', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'আলোটা একটু কমিয়ে দাও', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'ভলিউম চল্লিশে দাও', expect: { volume: 40 } },
  { skill: 'media', say: 'গানটা আবার চালাও', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'পঁচিশ যোগ সতেরো কত হয়', expect: { math: '42' } },
  { skill: 'followup', say: ['বাজারের লিস্টে একটা জিনিস যোগ করো', 'লাইট বন্ধ করো'], expect: { light: { on: false } }, given: { light: 'on' }, note: '"একটা জিনিস" = a thing; the item is never named.' },
];

export default commands;
