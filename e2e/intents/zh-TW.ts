// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: '打開廚房的燈', intent: 'iot_hue_lighton' },
  { say: '可以幫我把臥室的檯燈打開嗎', intent: 'iot_hue_lighton' },
  { say: '好暗喔開個燈', intent: 'iot_hue_lighton' },
  { say: '客廳的燈開一下', intent: 'iot_hue_lighton' },
  { say: '關掉浴室的燈', intent: 'iot_hue_lightoff' },
  { say: '把樓下的燈全部關掉', intent: 'iot_hue_lightoff' },
  { say: '走廊的燈關起來', intent: 'iot_hue_lightoff' },
  { say: '客廳的燈調暗一點', intent: 'iot_hue_lightdim' },
  { say: '把臥室的亮度降到百分之二十', intent: 'iot_hue_lightdim' },
  { say: '可以把房間弄亮一點嗎', intent: 'iot_hue_lightup' },
  { say: '廚房的燈再調亮一些', intent: 'iot_hue_lightup' },
  { say: '把客廳的燈變成藍色', intent: 'iot_hue_lightchange' },
  { say: '檯燈的顏色換成紅色', intent: 'iot_hue_lightchange' },
  { say: '設定10分鐘的計時器', intent: 'alarm_set' },
  { say: '幫我計時25分鐘', intent: 'alarm_set' },
  { say: '明天早上6點半叫我起床', intent: 'alarm_set' },
  { say: '把牛奶加進購物清單', intent: 'lists_createoradd' },
  { say: '購物清單加上雞蛋跟吐司', intent: 'lists_createoradd' },
  { say: '音量調大', intent: 'audio_volume_up' },
  { say: '聲音小聲一點', intent: 'audio_volume_down' },
  { say: '喇叭靜音', intent: 'audio_volume_mute' },
  { say: '在行事曆加上星期五下午3點看牙醫', intent: 'calendar_set' },
  { say: '明天會下雨嗎', intent: 'weather_query' },
  { say: '現在幾點', intent: 'datetime_query' },
];

export default cases;
