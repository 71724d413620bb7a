// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** ja-JP: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '明日の朝5時50分に起こして', expect: { alarm: { time: '05:50', day: '2026-11-25' } } },
  { skill: 'alarm', say: '夜10時半にアラームをセットして', expect: { alarm: '22:30' } },
  { skill: 'timer', say: 'タイマー40秒', expect: { timer: 40 } },
  { skill: 'list', say: '買い物リストに牛乳と卵を追加して', expect: { listItems: ['牛乳', '卵'] } },
  { skill: 'calendar', say: '金曜日の午後3時に歯医者の予定を入れて', expect: { event: { day: '2026-11-27', time: '15:00', titleIncludes: '歯医者', notInTitle: ['金曜', '午後'] } } },
  { skill: 'light', say: '電気消しといて', expect: { light: { on: false } } },
  { skill: 'light', say: 'ライトをピンクにして', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'volume', say: '音量を下げて', expect: { volume: 'down' } },
  { skill: 'media', say: '音楽をかけて', expect: { playing: true } },
  { skill: 'math', say: '12かける5は', expect: { math: '60' } },
  { skill: 'datetime', say: '今日の日付を教えて', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['アラームお願い', '朝6時で'], expect: { alarm: '06:00' } },
];
export default commands;
