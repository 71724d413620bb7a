// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'キッチンの電気つけて', intent: 'iot_hue_lighton' },
  { say: '寝室のランプをつけてもらえますか', intent: 'iot_hue_lighton' },
  { say: '暗いから電気つけて', intent: 'iot_hue_lighton' },
  { say: 'リビングの照明をオンにして', intent: 'iot_hue_lighton' },
  { say: 'お風呂の電気消して', intent: 'iot_hue_lightoff' },
  { say: '一階の電気を全部消してください', intent: 'iot_hue_lightoff' },
  { say: '廊下のライトをオフにして', intent: 'iot_hue_lightoff' },
  { say: 'リビングの照明を暗くして', intent: 'iot_hue_lightdim' },
  { say: '寝室の明るさを20パーセントに下げて', intent: 'iot_hue_lightdim' },
  { say: 'ちょっと部屋を明るくしてくれる', intent: 'iot_hue_lightup' },
  { say: 'キッチンの照明をもっと明るくして', intent: 'iot_hue_lightup' },
  { say: 'リビングのライトを青にして', intent: 'iot_hue_lightchange' },
  { say: 'ランプの色を赤に変えて', intent: 'iot_hue_lightchange' },
  { say: '10分のタイマーをセットして', intent: 'alarm_set' },
  { say: 'ピザ用に25分タイマーかけて', intent: 'alarm_set' },
  { say: '明日の朝6時半に起こして', intent: 'alarm_set' },
  { say: '買い物リストに牛乳を追加して', intent: 'lists_createoradd' },
  { say: '卵とパンを買い物リストに入れといて', intent: 'lists_createoradd' },
  { say: '音量を上げて', intent: 'audio_volume_up' },
  { say: 'ちょっと音小さくして', intent: 'audio_volume_down' },
  { say: 'スピーカーをミュートにして', intent: 'audio_volume_mute' },
  { say: '金曜日の午後3時に歯医者の予定をカレンダーに入れて', intent: 'calendar_set' },
  { say: '明日雨降る', intent: 'weather_query' },
  { say: '今何時', intent: 'datetime_query' },
];

export default cases;
