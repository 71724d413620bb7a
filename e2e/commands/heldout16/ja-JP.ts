// Sixteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ja-JP: sixteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'あさっての朝6時半に起こして', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: 'あさって (the day after tomorrow) from Tuesday 24 November is Thursday 26 November.' },
  { skill: 'alarm', say: '夜9時半にアラームかけて', expect: { alarm: '21:30' } },
  { skill: 'timer', say: '2分30秒のタイマーかけて', expect: { timer: 150 } },
  { skill: 'timer', say: '三十分のタイマーをお願い', expect: { timer: 1800 }, note: 'Japanese says half an hour as 三十分 (thirty minutes), written here in kanji, not digits.' },
  { skill: 'list', say: '買い物リストにトイレットペーパー追加して', expect: { listItems: ['トイレットペーパー'] } },
  { skill: 'calendar', say: 'カレンダーに明日の夜7時から田中さんと食事って入れて', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: '田中', notInTitle: ['明日', '夜', '7時'] } }, note: '明日の夜7時 is 19:00 on Wednesday 25 November.' },
  { skill: 'light', say: '電気の明るさを三十パーセントにして', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'ちょっと電気明るくして', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: '音量を二十にして', expect: { volume: 20 } },
  { skill: 'media', say: '音楽かけて', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: '百四十四割る十二は', expect: { math: '12' } },
  { skill: 'followup', say: ['アラームセットして', '朝の六時四十五分'], expect: { alarm: '06:45' } },
];

export default commands;
