/** Japanese. Written without spaces: phrases match as substrings. */
import { digitizeCjk } from './cjk.ts';
import { before, H, itemPattern as p, n } from './shared.ts';
import type { LanguagePack } from './types.ts';

export const ja: LanguagePack = {
  code: 'ja',
  unspaced: true,
  numbers: { digitize: digitizeCjk },
  clock: {
    am: ['午前', '朝'],
    pm: ['午後', '夕方'],
    night: ['夜', '晩'],
    midday: ['昼'],
    noon: ['正午', '昼'],
    midnight: ['真夜中', '深夜零時'],
    rules: [
      // 6時15分前: a quarter *before* six (5:45).
      [new RegExp(`${H}時の?${H}分前`), (m) => [before(n(m[1])), 60 - n(m[2])]],
      [new RegExp(`${H}時半`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H}時${H}分`), (m) => [n(m[1]), n(m[2])]],
      [new RegExp(`${H}時`), (m) => [n(m[1]), 0]],
    ],
  },
  dates: {
    relative: { 今日: 0, きょう: 0, 今夜: 0, 今晩: 0, 明日: 1, あした: 1, あす: 1, 明後日: 2, あさって: 2, 翌日: 1, 昨日: -1, きのう: -1 },
    weekdays: ['日曜', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜'],
    months: [],
    next: ['来週の', '次の'],
    inDays: /(?<!\d)(\d+)日後/,
    monthDay: /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})(?:[日号號]|$)/,
    monthMark: /\d月/,
    dayOfMonth: /(\d{1,2})[日号號]/,
  },
  durations: { units: ['秒', '分間?', '時間'], fixed: [[/半時間/, 1800]], andHalf: /(?<![\d.])(\d+)時間半/, halves: [[/(?<![\d.])(\d+)分半/, 60]] },
  cues: {
    timerWords: ['タイマー', 'カウントダウン'],
    alarmVerbs: { set: ['セット', '設定', 'かけて', '掛けて', '入れて', '作って', '起こして'], remove: ['消して', '削除', '解除', '取り消', 'キャンセル', '止めて', '外して', '消去', 'オフ', 'リセット', '無効'] },
    alarmWords: ['アラーム', '目覚まし'],
    wakeWords: ['起こして', '起こす'],
    clockWords: /時(?!間)/,
    timerAfter: /^\s*(?:後|以内|経っ)/,
  },
  colours: {
    red: '赤|レッド', orange: 'オレンジ|橙', yellow: '黄|きいろ|イエロー', green: '緑|みどり|グリーン', blue: '青|ブルー', purple: '紫|むらさき|パープル|ラベンダー',
    pink: 'ピンク|桃色', white: '白|ホワイト', warm: '暖', cool: '寒色|冷たい',
  },
  colourMatch: 'substring',
  lists: {
    nameWords: [/の?リスト$/],
    // The item cannot contain the particles, so each try stops at the next one.
    // を is often dropped in speech (リストにティッシュ追加しといて).
    add: [p('(?:に|へ)', '([^にへを]+?)を?(?:追加|入れ|加え|書)', ''), p('^', '([^にへを]+?)を.*?(?:追加|入れ|加え)', '')],
    remove: [p('から', '([^からを]+?)を(?:削除|消|外)', ''), p('^', '([^を]+?)を.*?(?:削除|消|外)', '')],
    placeholders: ['何か', 'なにか', 'もの', '物', 'アイテム', '項目'],
    // と between two nouns (りんごと梨); not at a word's edge (とうもろこし).
    separators: /、|,|(?<=\S)と(?=\S)/,
    create: ['作成', '新しい'],
  },
  maths: {
    fromForms: [[/(?<![\d.])(\d+(?:\.\d+)?)\s*から\s*(\d+(?:\.\d+)?)\s*を?\s*(?:引|ひ)/, '$1 - $2']],
    ask: ['はいくつ', 'は何', 'はなに', 'いくつ', 'いくら', '何', 'なに', 'ですか', 'を計算して', '計算して', 'になる', 'は', 'って'],
    operators: [['足す', '+'], ['たす', '+'], ['プラス', '+'], ['引く', '-'], ['ひく', '-'], ['マイナス', '-'], ['掛ける', '*'], ['かける', '*'], ['割る', '/'], ['わる', '/']],
    brackets: [['かっこ閉じ', ')'], ['かっことじ', ')'], ['カッコ閉じ', ')'], ['カッコとじ', ')'], ['括弧閉じ', ')'], ['かっこ', '('], ['カッコ', '('], ['括弧', '(']],
    percentAfter: ['パーセント'],
    baseFirst: 'の',
  },
  cancel: ['キャンセル', 'やめて'],
  dateQuestion: ['日付', '何日', '曜日'],
  lightNouns: ['電気', 'ライト', '照明', '明かり', 'あかり', '電灯', 'ランプ', 'スタンド'],
  lightOn: ['つけ', '点け', 'オンに', '点灯'],
  lightOff: ['消', 'オフ'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['何時', 'なんじ', '今の時間', '今何時'],
  timeNowOnly: ['今何時', '今なんじ', 'いま何時', '今の時間'],
  brightness: { brighter: ['明るく'], dimmer: ['暗く'] },
  pause: ['一時停止', '止め', 'ストップ', '音楽を消', '音楽消'],
  resume: ['再開'],
  volume: {
    louder: ['音量を上げ', '音量上げ', 'ボリュームを上げ', 'ボリューム上げ', '音を大きく', '音大きく', '音量を大きく', 'ボリュームを大きく', '音量アップ', 'ボリュームアップ'],
    quieter: ['音量を下げ', '音量下げ', 'ボリュームを下げ', 'ボリューム下げ', '音を小さく', '音小さく', '音量を小さく', 'ボリュームを小さく', '音量ダウン', 'ボリュームダウン'],
    mute: ['ミュート', '消音', '音を消し', '音消し'],
    nouns: ['音量', 'ボリューム'],
    to: [],
    toAfter: ['に', 'パーセント'],
  },
  media: { nouns: ['音楽', '曲', 'ミュージック', 'ポッドキャスト', 'ラジオ'], next: ['次の曲', '曲をスキップ', 'スキップして'] },
  thanks: ['ありがとう'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    trail: '(?:の予定|の約束|予定)?を?(?:入れて|追加して|登録して|入れといて|追加|登録)(?:ください|くれ|おいて)?',
    calendar: '(?:カレンダー|予定表)(?:に|へ)?',
    glue: ['の', 'に', 'は', 'で', 'を', 'と', '来週', '時', '分', '半'],
  },
};
