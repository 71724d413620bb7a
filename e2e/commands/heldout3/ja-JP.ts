// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** ja-JP: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '明日の朝5時半に起こしてくれる', expect: { alarm: { time: '05:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: '夜9時にアラーム鳴らして', expect: { alarm: '21:00' } },
  { skill: 'timer', say: '3分計って', expect: { timer: 180 } },
  { skill: 'list', say: '買い物リストにティッシュ追加しといて', expect: { listItems: ['ティッシュ'] } },
  { skill: 'calendar', say: 'あさっての夜7時に飲み会入れといて', expect: { event: { day: '2026-11-26', time: '19:00', titleIncludes: '飲み会', notInTitle: ['あさって', '夜', '時'] } } },
  { skill: 'light', say: '明かりをつけて', expect: { light: { on: true } } },
  { skill: 'light', say: '照明を白にして', expect: { light: { on: true, colour: 'white' } } },
  { skill: 'volume', say: 'もうちょっと音大きくして', expect: { volume: 'up' } },
  { skill: 'media', say: '何か曲かけて', expect: { playing: true } },
  { skill: 'math', say: '三十八足す四十五は', expect: { math: '83' } },
  { skill: 'datetime', say: '今日って何曜日', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['買い物リストに追加して', '洗剤'], expect: { listItems: ['洗剤'] } },
];
export default commands;
