// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** zh-CN: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '明天早上六点四十五叫我起床', expect: { alarm: { time: '06:45', day: '2026-11-25' } } },
  { skill: 'alarm', say: '帮我定一个晚上八点半的闹钟', expect: { alarm: '20:30' } },
  { skill: 'timer', say: '定个十分钟的计时器', expect: { timer: 600 } },
  { skill: 'list', say: '把苹果和香蕉加到购物清单里', expect: { listItems: ['苹果', '香蕉'] } },
  { skill: 'calendar', say: '在日历上加一个后天下午两点的会议', expect: { event: { day: '2026-11-26', time: '14:00', titleIncludes: '会议', notInTitle: ['后天', '下午', '两点'] } } },
  { skill: 'light', say: '把灯关了吧', expect: { light: { on: false } } },
  { skill: 'light', say: '灯光调成粉色', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'volume', say: '把声音调小一点吧', expect: { volume: 'down' } },
  { skill: 'media', say: '继续播放音乐', expect: { playing: true } },
  { skill: 'math', say: '九十九加一百零一等于多少', expect: { math: '200' } },
  { skill: 'datetime', say: '请问现在几点了', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['帮我设个闹钟', '算了 先把音量调到七十'],
    expect: { volume: 70 },
    note: 'The question for the alarm time is overtaken by a new command: only its effect counts, no alarm.',
  },
];

export default commands;
