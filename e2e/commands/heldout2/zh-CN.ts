// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** zh-CN: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '明天早上七点叫我起床', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: '设一个早上六点四十五的闹钟', expect: { alarm: '06:45' } },
  { skill: 'timer', say: '计时十分钟', expect: { timer: 600 } },
  { skill: 'list', say: '把西红柿和洋葱加到购物清单里', expect: { listItems: ['西红柿', '洋葱'] } },
  { skill: 'calendar', say: '星期五下午两点安排一个会议', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: '会议', notInTitle: ['星期五', '下午'] } } },
  { skill: 'light', say: '关灯', expect: { light: { on: false } } },
  { skill: 'light', say: '把灯调成绿色', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: '声音小一点', expect: { volume: 'down' } },
  { skill: 'media', say: '音乐停一下', expect: { playing: false } },
  { skill: 'math', say: '十五乘以四等于几', expect: { math: '60' } },
  { skill: 'datetime', say: '几点了', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['帮我设个计时器', '十五分钟'], expect: { timer: 900 } },
];
export default commands;
