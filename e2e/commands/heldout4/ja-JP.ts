// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** ja-JP: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'あしたの朝6時45分に起こして', expect: { alarm: { time: '06:45', day: '2026-11-25' } } },
  { skill: 'alarm', say: '22時にアラームセットして', expect: { alarm: '22:00' } },
  { skill: 'timer', say: '10分のタイマーお願い', expect: { timer: 600 } },
  { skill: 'list', say: '買い物リストに牛乳と卵入れといて', expect: { listItems: ['牛乳', '卵'] } },
  { skill: 'calendar', say: '金曜日の午後3時に歯医者の予定入れといて', expect: { event: { day: '2026-11-27', time: '15:00', titleIncludes: '歯医者', notInTitle: ['金曜', '午後', '時'] } } },
  { skill: 'light', say: '電気の明るさ30%にして', expect: { light: { brightness: 30 } } },
  { skill: 'light', say: '電気ピンクに変えて', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'volume', say: 'ちょっと音小さくして', expect: { volume: 'down' } },
  { skill: 'media', say: '音楽止めて', expect: { playing: false } },
  { skill: 'math', say: '12かける15っていくつ', expect: { math: '180' } },
  { skill: 'datetime', say: 'いま何時だっけ', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['タイマーかけて', 'やっぱり音量上げて'], expect: { volume: 'up' } },
];
export default commands;
