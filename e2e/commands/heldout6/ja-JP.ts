// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** ja-JP: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '明日は朝6時半に起こしてほしい', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: '夜の9時にアラームをセットしてくれる', expect: { alarm: '21:00' } },
  { skill: 'timer', say: '3分のタイマーかけてくれる', expect: { timer: 180 } },
  { skill: 'list', say: '買い物リストに牛乳と卵を入れておいて', expect: { listItems: ['牛乳', '卵'] } },
  {
    skill: 'calendar',
    say: '金曜日の午後3時に歯医者の予約を入れておいて',
    expect: { event: { day: '2026-11-27', time: '15:00', titleIncludes: '歯医者', notInTitle: ['金曜', '午後', '3時'] } },
  },
  { skill: 'light', say: '電気をもうちょっと明るくして', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'ライトを緑色にしてくれる', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: '音量を20にして', expect: { volume: 20 } },
  { skill: 'media', say: '音楽ちょっと止めて', expect: { playing: false } },
  { skill: 'math', say: '25かける4はいくつ', expect: { math: '100' } },
  { skill: 'datetime', say: '今日は何日だっけ', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['アラームをセットして', '朝の7時15分で'], expect: { alarm: '07:15' }, note: 'The assistant asks for the time; the second turn answers it.' },
];

export default commands;
