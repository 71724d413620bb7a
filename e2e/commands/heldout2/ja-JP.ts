// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** ja-JP: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '明日の朝7時に起こして', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: '朝6時45分にアラームをかけて', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'タイマー10分でお願い', expect: { timer: 600 } },
  { skill: 'list', say: '買い物リストにトマトと玉ねぎを入れて', expect: { listItems: ['トマト', '玉ねぎ'] } },
  { skill: 'calendar', say: '金曜日の午後2時に会議の予定を入れて', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: '会議', notInTitle: ['金曜', '午後'] } } },
  { skill: 'light', say: '電気を消して', expect: { light: { on: false } } },
  { skill: 'light', say: '照明を緑色に変えて', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: '音量を少し下げて', expect: { volume: 'down' } },
  { skill: 'media', say: '音楽を止めて', expect: { playing: false } },
  { skill: 'math', say: '十五かける四はいくつ', expect: { math: '60' } },
  { skill: 'datetime', say: 'いま何時か教えて', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['タイマーをお願い', '15分'], expect: { timer: 900 } },
];
export default commands;
