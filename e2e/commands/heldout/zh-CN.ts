// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** zh-CN: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '明天早上六点半叫醒我', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: '设一个晚上八点四十的闹钟', expect: { alarm: '20:40' } },
  { skill: 'timer', say: '帮我设个15分钟的计时器', expect: { timer: 900 } },
  { skill: 'list', say: '把香蕉加到购物清单里', expect: { listItems: ['香蕉'] } },
  { skill: 'calendar', say: '后天下午两点安排一个会议', expect: { event: { day: '2026-11-26', time: '14:00', titleIncludes: '会议', notInTitle: ['后天', '下午'] } } },
  { skill: 'light', say: '把灯打开', expect: { light: { on: true } } },
  { skill: 'light', say: '灯调暗一点', expect: { light: { brightness: 'down' } } },
  { skill: 'volume', say: '音量调到四十', expect: { volume: 40 } },
  { skill: 'media', say: '把音乐停了', expect: { playing: false } },
  { skill: 'math', say: '九十九减去三十三等于多少', expect: { math: '66' } },
  { skill: 'datetime', say: '现在几点了', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['帮我加到购物清单', '播放音乐'], expect: { playing: true }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
