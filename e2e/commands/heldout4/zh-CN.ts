// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** zh-CN: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '明天早上七点喊我起来', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: '设个晚上十点半的闹钟', expect: { alarm: '22:30' } },
  { skill: 'timer', say: '倒计时五分钟', expect: { timer: 300 } },
  { skill: 'list', say: '购物清单里加上酱油', expect: { listItems: ['酱油'] } },
  { skill: 'calendar', say: '帮我在日历里添加后天下午两点和客户开会', expect: { event: { day: '2026-11-26', time: '14:00', titleIncludes: '开会', notInTitle: ['后天', '下午', '两点'] } } },
  { skill: 'light', say: '帮我把灯关掉', expect: { light: { on: false } } },
  { skill: 'light', say: '灯光调成绿色', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: '音量调到40', expect: { volume: 40 } },
  { skill: 'media', say: '放首歌来听听', expect: { playing: true } },
  { skill: 'math', say: '七十二除以八等于多少', expect: { math: '9' } },
  { skill: 'datetime', say: '今天是几月几号', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['帮我定个闹钟', '早上六点一刻'], expect: { alarm: '06:15' } },
];
export default commands;
