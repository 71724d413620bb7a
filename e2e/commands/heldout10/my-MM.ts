// Tenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** my-MM: tenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'မနက်ဖြန်မနက် ခြောက်နာရီမှာ နှိုးပေး', expect: { alarm: { time: '06:00', day: '2026-11-25' } }, note: 'wake me tomorrow morning at six (မနက်ဖြန် = tomorrow, မနက် = morning).' },
  { skill: 'alarm', say: 'ည ခုနစ်နာရီ နှိုးစက် ပေးထားပါ', expect: { alarm: '19:00' }, note: 'ည ခုနစ်နာရီ = seven in the evening (ည covers the evening from about 7); နှိုးစက် = alarm clock.' },
  { skill: 'timer', say: 'တိုင်မာ သုံးဆယ်မိနစ် ထားပေး', expect: { timer: 1800 }, note: 'သုံးဆယ် = thirty; တိုင်မာ is the English loanword.' },
  { skill: 'timer', say: '2 မိနစ် တိုင်မာ ပေးပါ', expect: { timer: 120 } },
  { skill: 'list', say: 'ကြက်ဥ နဲ့ ပေါင်မုန့် ဈေးဝယ်စာရင်းထဲ ထည့်ပေး', expect: { listItems: ['ကြက်ဥ', 'ပေါင်မုန့်'] }, note: 'eggs and bread; နဲ့ = and (colloquial); ဈေးဝယ်စာရင်း = shopping list.' },
  {
    skill: 'calendar',
    say: 'တနင်္ဂနွေနေ့ နေ့လယ် နှစ်နာရီ မွေးနေ့ပွဲ ပြက္ခဒိန်ထဲ ထည့်ပေး',
    expect: { event: { day: '2026-11-29', time: '14:00', titleIncludes: 'မွေးနေ့ပွဲ', notInTitle: ['တနင်္ဂနွေ', 'နေ့လယ်', 'နှစ်နာရီ'] } },
    note: 'Sunday, two in the afternoon (နေ့လယ်); title: birthday party (မွေးနေ့ပွဲ). ပြက္ခဒိန် = calendar.',
  },
  { skill: 'light', say: 'မီး ဖွင့်ပေး', expect: { light: { on: true } }, note: 'literally "open the light".' },
  { skill: 'light', say: 'မီးကို အနီရောင် ပြောင်းပေး', expect: { light: { on: true, colour: 'red' } }, note: 'change the light to red (အနီရောင်).' },
  { skill: 'volume', say: 'အသံ နည်းနည်း လျှော့ပေး', expect: { volume: 'down' }, note: 'lower the sound a little.' },
  { skill: 'media', say: 'သီချင်း ခဏ ရပ်ထားပေး', expect: { playing: false }, note: 'pause the song for a moment.' },
  { skill: 'datetime', say: 'အခု ဘယ်နှနာရီ ရှိပြီလဲ', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['နှိုးစက် တစ်ခု ပေးထားပါ', 'မနက် ခုနစ်နာရီခွဲ'], expect: { alarm: '07:30' }, note: 'ခုနစ်နာရီခွဲ = half past seven; မနက် = morning.' },
];

export default commands;
