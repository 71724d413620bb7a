// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'включи свет на кухне', intent: 'iot_hue_lighton' },
  { say: 'можешь включить лампу в спальне пожалуйста', intent: 'iot_hue_lighton' },
  { say: 'тут темно включи свет', intent: 'iot_hue_lighton' },
  { say: 'зажги свет в гостиной', intent: 'iot_hue_lighton' },
  { say: 'свет в ванной выключи', intent: 'iot_hue_lightoff' },
  { say: 'выключи весь свет на первом этаже', intent: 'iot_hue_lightoff' },
  { say: 'погаси свет в коридоре', intent: 'iot_hue_lightoff' },
  { say: 'приглуши свет в гостиной', intent: 'iot_hue_lightdim' },
  { say: 'убавь яркость в спальне до 20 процентов', intent: 'iot_hue_lightdim' },
  { say: 'можешь сделать тут немного светлее', intent: 'iot_hue_lightup' },
  { say: 'сделай свет на кухне ярче', intent: 'iot_hue_lightup' },
  { say: 'сделай свет в гостиной синим', intent: 'iot_hue_lightchange' },
  { say: 'поменяй цвет лампы на красный', intent: 'iot_hue_lightchange' },
  { say: 'поставь таймер на 10 минут', intent: 'alarm_set' },
  { say: 'засеки 25 минут для пиццы', intent: 'alarm_set' },
  { say: 'разбуди меня завтра в 6 30', intent: 'alarm_set' },
  { say: 'добавь молоко в список покупок', intent: 'lists_createoradd' },
  { say: 'запиши яйца и хлеб в список покупок', intent: 'lists_createoradd' },
  { say: 'сделай погромче', intent: 'audio_volume_up' },
  { say: 'убавь звук немного', intent: 'audio_volume_down' },
  { say: 'выключи звук', intent: 'audio_volume_mute' },
  { say: 'добавь в календарь запись к стоматологу в пятницу в 3 часа дня', intent: 'calendar_set' },
  { say: 'будет ли завтра дождь', intent: 'weather_query' },
  { say: 'который час', intent: 'datetime_query' },
];

export default cases;
