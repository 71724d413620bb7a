// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ja-JP: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '朝六時四十五分に起こして', expect: { alarm: '06:45' } },
  { skill: 'alarm', say: '明日の午前六時半にアラームかけて', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'timer', say: '12分のタイマーかけて', expect: { timer: 720 } },
  { skill: 'timer', say: '一時間半のタイマーをセットして', expect: { timer: 5400 } },
  { skill: 'list', say: '買い物リストに牛乳と卵とパンを追加して', expect: { listItems: ['牛乳', '卵', 'パン'] } },
  { skill: 'calendar', say: '木曜日の午後三時に歯医者の予約をカレンダーに入れて', expect: { event: { day: '2026-11-26', time: '15:00', titleIncludes: '歯医者', notInTitle: ['木曜', '午後', '三時'] } } },
  { skill: 'light', say: '電気つけて', expect: { light: { on: true } }, given: { light: 'off' } },
  { skill: 'light', say: '電気を青にして', expect: { light: { colour: 'blue' } } },
  { skill: 'volume', say: 'ちょっと音小さくして', expect: { volume: 'down' } },
  { skill: 'media', say: '音楽一時停止して', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: '二十五足す十七はいくつ', expect: { math: '42' } },
  { skill: 'followup', say: ['アラームをセットして', 'やっぱり電気消して'], expect: { light: { on: false } }, given: { light: 'on' }, note: '"やっぱり" = on second thought; the alarm question is dropped.' },
];

export default commands;
