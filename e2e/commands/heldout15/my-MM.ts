// Fifteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** my-MM: fifteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'မနက် ခြောက်နာရီ လေးဆယ့်ငါးမိနစ်မှာ နှိုးပေး', expect: { alarm: '06:45' } },
  { skill: 'alarm', say: 'တနင်္လာနေ့ မနက် ရှစ်နာရီ နှိုးစက်ပေးထား', expect: { alarm: { time: '08:00', day: '2026-11-30' } } },
  { skill: 'timer', say: 'မိနစ်နှစ်ဆယ် တိုင်မာပေးထား', expect: { timer: 1200 } },
  { skill: 'timer', say: 'နှစ်နာရီခွဲ တိုင်မာပေးထား', expect: { timer: 9000 }, note: '"နှစ်နာရီခွဲ" is two and a half hours here (a timer length), not the clock time 2:30.' },
  { skill: 'list', say: 'ဈေးဝယ်စာရင်းထဲ ကြက်ဥ ဆန်နဲ့ ဆီ ထည့်ပေး', expect: { listItems: ['ကြက်ဥ', 'ဆန်', 'ဆီ'] }, note: '"နဲ့" ("and") is written joined to the item before it: "ဆန်နဲ့" is rice and.' },
  { skill: 'calendar', say: 'ပြက္ခဒိန်ထဲမှာ သောကြာနေ့ နေ့လည် နှစ်နာရီ အစည်းအဝေး ထည့်ထားပေး', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'အစည်းအဝေး', notInTitle: ['သောကြာ', 'နေ့လည်', 'နှစ်နာရီ'] } }, note: '"နေ့လည် နှစ်နာရီ" is two in the afternoon: 14:00.' },
  { skill: 'light', say: 'မီးဖွင့်ပေး', expect: { light: { on: true } }, given: { light: 'off' } },
  { skill: 'light', say: 'မီးကို အဝါရောင် ပြောင်းပေး', expect: { light: { colour: 'yellow' } } },
  { skill: 'volume', say: 'အသံ နည်းနည်း လျှော့လိုက်', expect: { volume: 'down' } },
  { skill: 'media', say: 'သီချင်း ခဏရပ်ထား', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: 'ခုနစ်ဆယ့်ငါး ပေါင်း ဆယ့်ရှစ် ဘယ်လောက်လဲ', expect: { math: '93' }, note: '75 plus 18.' },
  { skill: 'followup', say: ['နှိုးစက် ပေးထားချင်တယ်', 'မီးပိတ်လိုက်'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
