/** zh-CN: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // 闹钟
  { skill: 'alarm', say: '早上6点15叫我起床', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: '定一个明天早上七点半的闹钟', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: '设个18点30的闹钟', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: '早上差一刻六点叫醒我', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: '设一个晚上十点一刻的闹钟', expect: { alarm: '22:15' } },
  // 计时器
  { skill: 'timer', say: '倒计时25分钟', expect: { timer: 1500 } },
  { skill: 'timer', say: '设一个十分钟的计时器', expect: { timer: 600 } },
  { skill: 'timer', say: '定一个一个半小时的计时器', expect: { timer: 5400 } },
  // 清单
  { skill: 'list', say: '把牛奶加到购物清单', expect: { listItems: ['牛奶'] } },
  { skill: 'list', say: '购物清单加上苹果和梨', expect: { listItems: ['苹果', '梨'] } },
  { skill: 'list', say: '在我的清单里添加鸡蛋和黄油', expect: { listItems: ['鸡蛋', '黄油'] } },
  // 日历
  { skill: 'calendar', say: '在日历上添加周四下午4点半看牙医', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: '牙医', notInTitle: ['周四', '点', '下午'] } } },
  { skill: 'calendar', say: '安排明天上午十点和安娜开会', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: '安娜', notInTitle: ['明天', '十点', '上午'] } } },
  { skill: 'calendar', say: '把周五中午12点半和汤姆吃午饭加到日历里', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: '午饭', notInTitle: ['周五', '点半', '日历'] } } },
  // 灯光
  { skill: 'light', say: '开灯', expect: { light: { on: true } } },
  { skill: 'light', say: '把灯关了', expect: { light: { on: false } } },
  { skill: 'light', say: '把灯调暗一点', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: '灯调亮一点', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: '把灯变成绿色', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: '灯光调成蓝色', expect: { light: { on: true, colour: 'blue' } } },
  // 音量
  { skill: 'volume', say: '声音大一点', expect: { volume: 'up' } },
  { skill: 'volume', say: '音量调小', expect: { volume: 'down' } },
  { skill: 'volume', say: '音量调到30', expect: { volume: 30 } },
  // 音乐
  { skill: 'media', say: '放点音乐', expect: { playing: true } },
  { skill: 'media', say: '暂停音乐', expect: { playing: false } },
  // 计算
  { skill: 'math', say: '7乘以7等于多少', expect: { math: '49' } },
  { skill: 'math', say: '十五加二十七是多少', expect: { math: '42' } },
  // 时间和日期
  { skill: 'datetime', say: '现在几点', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: '今天几号', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // 对话
  { skill: 'followup', say: ['设个闹钟', '早上7点'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['设个计时器', '5分钟'], expect: { timer: 300 } },
  { skill: 'followup', say: ['加到购物清单', '关灯'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
