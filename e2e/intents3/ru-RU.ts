// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'включи свет на кухне', intent: 'iot_hue_lighton' },
  { say: 'тут слишком темно включи лампу', intent: 'iot_hue_lighton', note: '"it is too dark here, turn on the lamp"' },
  { say: 'выключи свет в спальне', intent: 'iot_hue_lightoff' },
  { say: 'погаси свет в коридоре', intent: 'iot_hue_lightoff' },
  { say: 'приглуши свет в гостиной', intent: 'iot_hue_lightdim' },
  { say: 'сделай свет в кабинете поярче', intent: 'iot_hue_lightup' },
  { say: 'поменяй цвет света на синий', intent: 'iot_hue_lightchange' },
  { say: 'запусти робот пылесос в столовой', intent: 'iot_cleaning' },
  { say: 'сделай мне кофе', intent: 'iot_coffee' },
  { say: 'включи умную розетку для обогревателя', intent: 'iot_wemo_on' },
  { say: 'выключи розетку в гараже', intent: 'iot_wemo_off' },
  { say: 'разбуди меня завтра в половине седьмого', intent: 'alarm_set', note: '"wake me tomorrow at 6:30"' },
  { say: 'поставь таймер на двенадцать минут', intent: 'alarm_set' },
  { say: 'на сколько у меня стоит будильник', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'удали будильник на 7 утра', intent: 'alarm_remove' },
  { say: 'сделай погромче', intent: 'audio_volume_up' },
  { say: 'сделай потише', intent: 'audio_volume_down' },
  { say: 'выключи звук', intent: 'audio_volume_mute' },
  { say: 'включи песни земфиры', intent: 'play_music' },
  { say: 'включи радио маяк', intent: 'play_radio' },
  { say: 'какая погода будет завтра', intent: 'weather_query' },
  { say: 'какое сегодня число', intent: 'datetime_query' },
  { say: 'добавь молоко и яйца в список покупок', intent: 'lists_createoradd' },
  { say: 'запиши в календарь приём у стоматолога в четверг в 15 часов', intent: 'calendar_set' },
];

export default cases;
