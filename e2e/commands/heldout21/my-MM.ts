// Twenty-first held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** my-MM: twenty-first held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'လာမယ့် တနင်္လာနေ့ မနက် ခြောက်နာရီခွဲ နှိုးစက်ပေးထား', expect: { alarm: { time: '06:30', day: '2026-11-30' } }, note: '"လာမယ့် တနင်္လာနေ့" is the coming Monday, 30 Nov (next week); "ခြောက်နာရီခွဲ" is half past six.' },
  { skill: 'alarm', say: 'ည ကိုးနာရီခွဲ နှိုးစက်ပေးပါ', expect: { alarm: '21:30' }, note: '"ည ကိုးနာရီခွဲ" is half past nine at night.' },
  { skill: 'timer', say: 'တိုင်မာ နှစ်မိနစ်နဲ့ စက္ကန့်သုံးဆယ် ထားပေး', expect: { timer: 150 } },
  { skill: 'timer', say: 'တိုင်မာ နာရီဝက် ထားပေး', expect: { timer: 1800 }, note: '"နာရီဝက်" is half an hour.' },
  { skill: 'list', say: 'ဈေးဝယ်စာရင်းထဲ သံလွင်ဆီ ထည့်ပေး', expect: { listItems: ['သံလွင်ဆီ'] }, note: '"သံလွင်ဆီ" is olive oil, one item.' },
  { skill: 'calendar', say: 'မနက်ဖြန် ည ခုနစ်နာရီ မြမြနဲ့ ညစာစားမယ် ပြက္ခဒိန်ထဲ ထည့်ပေး', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'ညစာ', notInTitle: ['မနက်ဖြန်', 'ခုနစ်နာရီ'] } }, note: '"ည ခုနစ်နာရီ" is seven in the evening. "ည" is inside the title word "ညစာ" (dinner), so it is not in notInTitle.' },
  { skill: 'light', say: 'မီးကို 30 ရာခိုင်နှုန်းအထိ မှိန်ပေး', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'မီး နည်းနည်း ပိုလင်းအောင် လုပ်ပေး', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'အသံကို နှစ်ဆယ် ထားပေး', expect: { volume: 20 } },
  { skill: 'media', say: 'သီချင်း ဖွင့်ပေး', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'တစ်ရာ့ငါးဆယ်ရဲ့ နှစ်ဆယ်ရာခိုင်နှုန်းက ဘယ်လောက်လဲ', expect: { math: '30' } },
  { skill: 'followup', say: ['နှိုးစက် ပေးထားပေး', 'မနက် ခြောက်နာရီ ဆယ့်ငါးမိနစ်'], expect: { alarm: '06:15' } },
];

export default commands;
