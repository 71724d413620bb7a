// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: '把客厅的灯打开', intent: 'iot_hue_lighton' },
  { say: '屋里太暗了帮我把灯开一下', intent: 'iot_hue_lighton', note: '"it\'s too dark in here, put the light on for me"' },
  { say: '卧室的灯关掉', intent: 'iot_hue_lightoff' },
  { say: '把厨房的灯都关了吧', intent: 'iot_hue_lightoff' },
  { say: '把客厅的灯调暗一点', intent: 'iot_hue_lightdim' },
  { say: '把书房的灯调亮一些', intent: 'iot_hue_lightup' },
  { say: '卧室灯换成暖黄色', intent: 'iot_hue_lightchange', note: '"switch the bedroom light to warm yellow"' },
  { say: '让扫地机器人把客厅扫一下', intent: 'iot_cleaning', note: '"have the robot vacuum sweep the living room"' },
  { say: '用咖啡机帮我冲一杯美式', intent: 'iot_coffee' },
  { say: '打开电风扇的智能插座', intent: 'iot_wemo_on' },
  { say: '把电热毯那个智能插座关了', intent: 'iot_wemo_off', note: '"turn off the electric blanket smart plug"' },
  { say: '定个明天早上6点半的闹钟', intent: 'alarm_set' },
  { say: '帮我定个二十分钟的计时器', intent: 'alarm_set' },
  { say: '我明天的闹钟定的几点', intent: 'alarm_query' },
  { say: '把早上七点的闹钟删了', intent: 'alarm_remove' },
  { say: '声音开大一点', intent: 'audio_volume_up' },
  { say: '音量调小点', intent: 'audio_volume_down' },
  { say: '先静音一下', intent: 'audio_volume_mute' },
  { say: '放一首周杰伦的歌', intent: 'play_music' },
  { say: '打开收音机听中国之声', intent: 'play_radio', note: '"turn on the radio, China National Radio Voice of China"' },
  { say: '北京明天会下雨吗', intent: 'weather_query' },
  { say: '今天几号星期几', intent: 'datetime_query' },
  { say: '把酱油和鸡蛋加到购物清单里', intent: 'lists_createoradd' },
  { say: '帮我在日历里记一下周四下午三点开会', intent: 'calendar_set' },
];

export default cases;
