// Seventh held-out set: written on 4 December 2026 by someone who had not read the code or the earlier sets' sentences (only the summaries in docs/commands.md); run it once, blind, do not tune on it.
/** fa-IR: seventh held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'فردا صبح ساعت شش بیدارم کن',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
  },
  {
    skill: 'alarm',
    say: 'یه زنگ هشدار برای یه ربع به هفت صبح تنظیم کن',
    expect: { alarm: '06:45' },
    note: '"یه ربع به هفت" is a quarter to seven: 06:45.',
  },
  { skill: 'timer', say: 'یه تایمر برای بیست دقیقه بذار', expect: { timer: 1200 } },
  {
    skill: 'timer',
    say: 'تایمر بذار ۱۵ دقیقه',
    expect: { timer: 900 },
    note: 'Digits in Persian script (۱۵ = 15), as a Persian recognizer writes them.',
  },
  { skill: 'list', say: 'پنیر و گوجه رو به لیست خرید اضافه کن', expect: { listItems: ['پنیر', 'گوجه'] } },
  {
    skill: 'calendar',
    say: 'یه جلسه برای شنبه ساعت یازده صبح تو تقویم بذار',
    expect: { event: { day: '2026-11-28', time: '11:00', titleIncludes: 'جلسه', notInTitle: ['شنبه', 'یازده', 'صبح'] } },
    note: '"شنبه" is Saturday (2026-11-28); "یازده صبح" is eleven in the morning.',
  },
  { skill: 'light', say: 'میشه چراغ رو روشن کنی', expect: { light: { on: true } } },
  { skill: 'light', say: 'رنگ چراغ رو بنفش کن', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'صدا رو یه کم کم کن', expect: { volume: 'down' } },
  { skill: 'media', say: 'آهنگ رو نگه دار', expect: { playing: false } },
  { skill: 'datetime', say: 'ساعت چنده', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['یه آلارم برام بذار', 'هفت و بیست دقیقه صبح'],
    expect: { alarm: '07:20' },
    note: 'The assistant asks for the time; the second turn answers it (seven twenty in the morning).',
  },
];

export default commands;
