// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** ja-JP: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '明日の朝6時半に起こして', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: '夜9時にアラームかけといて', expect: { alarm: '21:00' } },
  { skill: 'timer', say: '3分のタイマーお願い', expect: { timer: 180 } },
  { skill: 'list', say: '買い物リストに卵と牛乳追加しといて', expect: { listItems: ['卵', '牛乳'] } },
  {
    skill: 'calendar',
    say: '明日の午後2時に歯医者の予定入れて',
    expect: { event: { day: '2026-11-25', time: '14:00', titleIncludes: '歯医者', notInTitle: ['明日', '午後'] } },
  },
  { skill: 'light', say: 'ねえ電気つけて', expect: { light: { on: true } } },
  { skill: 'light', say: '電気を緑色に変えて', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: '音量ちょっと下げて', expect: { volume: 'down' } },
  { skill: 'media', say: '曲を一時停止して', expect: { playing: false } },
  { skill: 'math', say: '15かける6はいくつ', expect: { math: '90' } },
  { skill: 'datetime', say: '今何時かな', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['アラームセットして', '朝の7時15分で'], expect: { alarm: '07:15' } },
];

export default commands;
