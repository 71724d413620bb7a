// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'turn on the kitchen lights', intent: 'iot_hue_lighton' },
  { say: "it's way too dark in here put the lamp on", intent: 'iot_hue_lighton' },
  { say: 'turn off the bedroom light', intent: 'iot_hue_lightoff' },
  { say: 'lights off in the basement please', intent: 'iot_hue_lightoff' },
  { say: 'dim the living room lights a bit', intent: 'iot_hue_lightdim' },
  { say: 'make the lights in the office brighter', intent: 'iot_hue_lightup' },
  { say: 'change the lights to blue', intent: 'iot_hue_lightchange' },
  { say: 'start the vacuum in the dining room', intent: 'iot_cleaning' },
  { say: 'make me a cup of coffee', intent: 'iot_coffee' },
  { say: 'turn on the plug for the space heater', intent: 'iot_wemo_on' },
  { say: 'switch off the smart plug in the garage', intent: 'iot_wemo_off' },
  { say: 'wake me up at six thirty tomorrow', intent: 'alarm_set' },
  { say: 'set a timer for 12 minutes', intent: 'alarm_set' },
  { say: 'what time is my alarm set for', intent: 'alarm_query' },
  { say: 'delete my 7 am alarm', intent: 'alarm_remove' },
  { say: 'turn the volume up a little', intent: 'audio_volume_up' },
  { say: 'lower the volume', intent: 'audio_volume_down' },
  { say: 'mute the speaker', intent: 'audio_volume_mute' },
  { say: 'play some taylor swift', intent: 'play_music' },
  { say: 'play wnyc on the radio', intent: 'play_radio' },
  { say: "what's the weather gonna be like tomorrow", intent: 'weather_query' },
  { say: "what's today's date", intent: 'datetime_query' },
  { say: 'add eggs and milk to my shopping list', intent: 'lists_createoradd' },
  { say: 'put a dentist appointment on my calendar for thursday at 3 pm', intent: 'calendar_set' },
];

export default cases;
