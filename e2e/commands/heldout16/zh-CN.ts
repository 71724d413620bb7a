// Sixteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** zh-CN: sixteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '下周一早上七点叫我起床', expect: { alarm: { time: '07:00', day: '2026-11-30' } }, note: '下周一 (next Monday) said on Tuesday 24 November is Monday 30 November.' },
  { skill: 'alarm', say: '设个晚上十点半的闹钟', expect: { alarm: '22:30' } },
  { skill: 'timer', say: '设一个三分钟二十秒的倒计时', expect: { timer: 200 } },
  { skill: 'timer', say: '定个一刻钟的计时器', expect: { timer: 900 }, note: '一刻钟 is a quarter of an hour.' },
  { skill: 'list', say: '购物清单里加上橄榄油', expect: { listItems: ['橄榄油'] } },
  { skill: 'calendar', say: '日历里记一下明天晚上七点和张伟吃饭', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: '张伟', notInTitle: ['明天', '晚上', '七点'] } }, note: '明天晚上七点 is 19:00 on Wednesday 25 November.' },
  { skill: 'light', say: '把灯调到百分之三十', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: '灯再亮一点', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: '声音调到十五', expect: { volume: 15 } },
  { skill: 'media', say: '放点音乐', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: '七十二除以八等于多少', expect: { math: '9' } },
  { skill: 'followup', say: ['帮我定个闹钟', '早上六点一刻'], expect: { alarm: '06:15' }, note: '六点一刻 is a quarter past six.' },
];

export default commands;
