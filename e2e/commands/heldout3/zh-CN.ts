// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** zh-CN: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '明早五点四十叫我', expect: { alarm: { time: '05:40', day: '2026-11-25' } } },
  { skill: 'alarm', say: '晚上9点半定个闹钟', expect: { alarm: '21:30' } },
  { skill: 'timer', say: '倒计时30秒', expect: { timer: 30 } },
  { skill: 'list', say: '卫生纸和牙膏加到购物清单上', expect: { listItems: ['卫生纸', '牙膏'] } },
  { skill: 'calendar', say: '帮我在日历上加一个周六上午十点半理发', expect: { event: { day: '2026-11-28', time: '10:30', titleIncludes: '理发', notInTitle: ['周六', '上午', '日历'] } } },
  { skill: 'light', say: '灯换成粉红色', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'light', say: '把灯光调亮些', expect: { light: { brightness: 'up' } } },
  { skill: 'volume', say: '音量开到70', expect: { volume: 70 } },
  { skill: 'media', say: '先把歌暂停一下', expect: { playing: false } },
  { skill: 'math', say: '一百二十除以六是多少', expect: { math: '20' } },
  { skill: 'datetime', say: '几点钟了', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['帮我定个闹钟', '明天早上六点十分'], expect: { alarm: { time: '06:10', day: '2026-11-25' } } },
];
export default commands;
