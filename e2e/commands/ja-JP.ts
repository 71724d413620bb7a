/** ja-JP: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // アラーム
  { skill: 'alarm', say: '6時15分に起こして', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: '明日の朝7時半にアラームをセットして', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: '18時30分にアラーム', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: '6時の15分前に起こして', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: '夜10時15分にアラームかけて', expect: { alarm: '22:15' } },
  // タイマー
  { skill: 'timer', say: 'タイマー25分', expect: { timer: 1500 } },
  { skill: 'timer', say: '10分のタイマーをセットして', expect: { timer: 600 } },
  { skill: 'timer', say: '1時間半のタイマーかけて', expect: { timer: 5400 } },
  // リスト
  { skill: 'list', say: '買い物リストに牛乳を追加して', expect: { listItems: ['牛乳'] } },
  { skill: 'list', say: '買い物リストにりんごと梨を入れて', expect: { listItems: ['りんご', '梨'] } },
  { skill: 'list', say: 'リストに卵とバターを追加', expect: { listItems: ['卵', 'バター'] } },
  // カレンダー
  { skill: 'calendar', say: '木曜日の午後4時半に歯医者を入れて', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: '歯医者', notInTitle: ['木曜', '時', '午後'] } } },
  { skill: 'calendar', say: '明日の10時にアンナさんと打ち合わせを入れて', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: '打ち合わせ', notInTitle: ['明日', '時'] } } },
  { skill: 'calendar', say: '金曜日の12時半にトムとランチの予定を追加して', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: 'ランチ', notInTitle: ['金曜', '時'] } } },
  // ライト
  { skill: 'light', say: '電気つけて', expect: { light: { on: true } } },
  { skill: 'light', say: '電気消して', expect: { light: { on: false } } },
  { skill: 'light', say: '電気を暗くして', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: '電気を明るくして', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'ライトを緑にして', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: '電気を青に変えて', expect: { light: { on: true, colour: 'blue' } } },
  // 音量
  { skill: 'volume', say: 'ボリューム上げて', expect: { volume: 'up' } },
  { skill: 'volume', say: '音小さくして', expect: { volume: 'down' } },
  { skill: 'volume', say: '音量を30にして', expect: { volume: 30 } },
  // 音楽
  { skill: 'media', say: '音楽かけて', expect: { playing: true } },
  { skill: 'media', say: '音楽を一時停止して', expect: { playing: false } },
  // 計算
  { skill: 'math', say: '7かける7は', expect: { math: '49' } },
  { skill: 'math', say: '15足す27はいくつ', expect: { math: '42' } },
  // 時刻と日付
  { skill: 'datetime', say: '今何時', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: '今日は何日', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // 会話
  { skill: 'followup', say: ['アラームをセットして', '朝7時'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['タイマーをセットして', '5分'], expect: { timer: 300 } },
  { skill: 'followup', say: ['買い物リストに追加して', '電気を消して'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
