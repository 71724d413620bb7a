// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: '幫我開客廳的燈', intent: 'iot_hue_lighton' },
  { say: '房間好暗喔幫我開燈', intent: 'iot_hue_lighton', note: '"the room is so dark, turn the light on for me"' },
  { say: '把玄關的燈關掉', intent: 'iot_hue_lightoff' },
  { say: '浴室的燈幫我關一下', intent: 'iot_hue_lightoff' },
  { say: '餐廳的燈調暗一點', intent: 'iot_hue_lightdim' },
  { say: '把書房的燈調亮一點', intent: 'iot_hue_lightup' },
  { say: '房間的燈改成紫色', intent: 'iot_hue_lightchange' },
  { say: '叫掃地機器人去打掃客廳', intent: 'iot_cleaning' },
  { say: '用咖啡機幫我煮一杯咖啡', intent: 'iot_coffee' },
  { say: '把電風扇的智慧插座打開', intent: 'iot_wemo_on' },
  { say: '把除濕機的智慧插座關掉', intent: 'iot_wemo_off', note: '"turn off the dehumidifier smart plug"' },
  { say: '幫我設明天早上七點的鬧鐘', intent: 'alarm_set' },
  { say: '設一個15分鐘的計時器', intent: 'alarm_set' },
  { say: '我設了哪些鬧鐘', intent: 'alarm_query' },
  { say: '取消明天早上的鬧鐘', intent: 'alarm_remove' },
  { say: '聲音大聲一點', intent: 'audio_volume_up' },
  { say: '音量小聲一點', intent: 'audio_volume_down' },
  { say: '先靜音', intent: 'audio_volume_mute' },
  { say: '播五月天的歌', intent: 'play_music' },
  { say: '打開收音機聽飛碟電台', intent: 'play_radio', note: '"turn on the radio to UFO Radio"' },
  { say: '今天台北會下雨嗎', intent: 'weather_query' },
  { say: '現在幾點了', intent: 'datetime_query' },
  { say: '把衛生紙加到購物清單', intent: 'lists_createoradd' },
  { say: '在行事曆加上下禮拜三下午兩點跟客戶開會', intent: 'calendar_set' },
];

export default cases;
