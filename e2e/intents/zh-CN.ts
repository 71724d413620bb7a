// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: '打开厨房的灯', intent: 'iot_hue_lighton' },
  { say: '请帮我把卧室的台灯打开', intent: 'iot_hue_lighton' },
  { say: '太黑了开一下灯', intent: 'iot_hue_lighton' },
  { say: '把客厅的灯开开', intent: 'iot_hue_lighton' },
  { say: '关掉卫生间的灯', intent: 'iot_hue_lightoff' },
  { say: '把楼下的灯全部关了', intent: 'iot_hue_lightoff' },
  { say: '走廊灯关掉', intent: 'iot_hue_lightoff' },
  { say: '把客厅的灯调暗一点', intent: 'iot_hue_lightdim' },
  { say: '卧室的亮度调低到百分之二十', intent: 'iot_hue_lightdim' },
  { say: '能不能把屋里弄亮一点', intent: 'iot_hue_lightup' },
  { say: '厨房的灯调亮一些', intent: 'iot_hue_lightup' },
  { say: '把客厅的灯换成蓝色', intent: 'iot_hue_lightchange' },
  { say: '台灯颜色改成红色', intent: 'iot_hue_lightchange' },
  { say: '设一个10分钟的计时器', intent: 'alarm_set' },
  { say: '帮我定个25分钟的倒计时烤披萨', intent: 'alarm_set' },
  { say: '明天早上6点半叫我起床', intent: 'alarm_set' },
  { say: '把牛奶加到购物清单里', intent: 'lists_createoradd' },
  { say: '购物清单上加上鸡蛋和面包', intent: 'lists_createoradd' },
  { say: '声音大一点', intent: 'audio_volume_up' },
  { say: '把音量调小一些', intent: 'audio_volume_down' },
  { say: '静音', intent: 'audio_volume_mute' },
  { say: '在日历上添加周五下午3点看牙医', intent: 'calendar_set' },
  { say: '明天会下雨吗', intent: 'weather_query' },
  { say: '现在几点了', intent: 'datetime_query' },
];

export default cases;
