// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: '玄関の電気つけて', intent: 'iot_hue_lighton' },
  { say: 'ちょっと暗いから寝室の電気つけてくれる', intent: 'iot_hue_lighton', note: '"it\'s a bit dark, can you put the bedroom light on"' },
  { say: 'リビングの電気消して', intent: 'iot_hue_lightoff' },
  { say: '台所のライト全部消しといて', intent: 'iot_hue_lightoff', note: '"turn off all the kitchen lights"' },
  { say: 'リビングの明かりもう少し暗くして', intent: 'iot_hue_lightdim' },
  { say: '書斎のライトもっと明るくして', intent: 'iot_hue_lightup' },
  { say: '寝室の照明を青っぽい色に変えて', intent: 'iot_hue_lightchange', note: '"change the bedroom lighting to a bluish colour"' },
  { say: 'お掃除ロボットでリビング掃除しといて', intent: 'iot_cleaning', note: '"clean the living room with the robot cleaner"' },
  { say: 'コーヒーメーカーでコーヒー一杯いれて', intent: 'iot_coffee' },
  { say: '扇風機につないでるスマートプラグをオンにして', intent: 'iot_wemo_on', note: '"turn on the smart plug the fan is on"' },
  { say: 'こたつのスマートプラグをオフにして', intent: 'iot_wemo_off', note: '"turn off the kotatsu smart plug"' },
  { say: '明日の朝六時半にアラームセットして', intent: 'alarm_set' },
  { say: '3分のタイマーかけて', intent: 'alarm_set', note: '"set a 3 minute timer"' },
  { say: '明日のアラーム何時になってる', intent: 'alarm_query', note: '"what time is tomorrow\'s alarm set for"' },
  { say: '7時のアラーム削除して', intent: 'alarm_remove' },
  { say: 'もうちょっと音大きくして', intent: 'audio_volume_up' },
  { say: 'ボリューム少し下げて', intent: 'audio_volume_down' },
  { say: 'ちょっとミュートにして', intent: 'audio_volume_mute' },
  { say: '米津玄師の曲かけて', intent: 'play_music', note: '"play Kenshi Yonezu songs"' },
  { say: 'ラジオで文化放送かけて', intent: 'play_radio', note: '"put Bunka Hoso on the radio"' },
  { say: '明日の東京の天気どう', intent: 'weather_query' },
  { say: '今日って何日だっけ', intent: 'datetime_query', note: '"what\'s the date today again"' },
  { say: '買い物リストに牛乳と卵追加して', intent: 'lists_createoradd' },
  { say: '金曜日の午後3時に歯医者ってカレンダーに入れといて', intent: 'calendar_set', note: '"put dentist at 3pm Friday in the calendar"' },
];

export default cases;
