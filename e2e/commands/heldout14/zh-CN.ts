// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** zh-CN: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '早上七点一刻叫醒我', expect: { alarm: '07:15' }, note: '"一刻" is a quarter hour: 07:15.' },
  { skill: 'alarm', say: '周六早上八点半定个闹钟', expect: { alarm: { time: '08:30', day: '2026-11-28' } } },
  { skill: 'timer', say: '设个25分钟的倒计时', expect: { timer: 1500 } },
  { skill: 'timer', say: '定个一个半小时的计时器', expect: { timer: 5400 } },
  { skill: 'list', say: '购物清单加上苹果香蕉和牛奶', expect: { listItems: ['苹果', '香蕉', '牛奶'] } },
  { skill: 'calendar', say: '明天下午两点和小王开会记到日历里', expect: { event: { day: '2026-11-25', time: '14:00', titleIncludes: '开会', notInTitle: ['明天', '下午', '两点'] } } },
  { skill: 'light', say: '把灯关了', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: '灯调成红色', expect: { light: { colour: 'red' } } },
  { skill: 'volume', say: '声音大一点', expect: { volume: 'up' } },
  { skill: 'media', say: '先把音乐暂停一下', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: '十二乘以九等于多少', expect: { math: '108' } },
  { skill: 'followup', say: ['帮我定个闹钟', '算了把灯打开'], expect: { light: { on: true } }, given: { light: 'off' }, note: '"算了" = never mind; the alarm question is dropped.' },
];

export default commands;
