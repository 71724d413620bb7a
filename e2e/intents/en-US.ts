// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'kitchen light on', intent: 'iot_hue_lighton' },
  { say: 'could you turn on the lamp in the bedroom please', intent: 'iot_hue_lighton' },
  { say: "it's dark in here turn the light on", intent: 'iot_hue_lighton' },
  { say: 'switch on the lights in the living room', intent: 'iot_hue_lighton' },
  { say: 'bathroom light off', intent: 'iot_hue_lightoff' },
  { say: 'turn off all the lights downstairs', intent: 'iot_hue_lightoff' },
  { say: 'kill the lights in the hallway', intent: 'iot_hue_lightoff' },
  { say: 'dim the living room lights', intent: 'iot_hue_lightdim' },
  { say: 'lower the bedroom lights to 30 percent', intent: 'iot_hue_lightdim' },
  { say: 'could you make it a bit brighter in here', intent: 'iot_hue_lightup' },
  { say: 'turn the kitchen lights up to full brightness', intent: 'iot_hue_lightup' },
  { say: 'make the living room light blue', intent: 'iot_hue_lightchange' },
  { say: 'change the bedroom lamp to a warm orange', intent: 'iot_hue_lightchange' },
  { say: 'set a timer for 10 minutes', intent: 'alarm_set' },
  { say: 'start a 25 minute timer for the pizza', intent: 'alarm_set' },
  { say: 'wake me up at 6 30 tomorrow morning', intent: 'alarm_set' },
  { say: 'add milk to the shopping list', intent: 'lists_createoradd' },
  { say: 'put eggs and coffee on my grocery list', intent: 'lists_createoradd' },
  { say: 'turn the volume up a bit', intent: 'audio_volume_up' },
  { say: 'lower the volume please', intent: 'audio_volume_down' },
  { say: 'mute the speaker', intent: 'audio_volume_mute' },
  { say: 'put a dentist appointment in my calendar for friday at 3 pm', intent: 'calendar_set' },
  { say: 'do i need an umbrella today', intent: 'weather_query' },
  { say: 'what time is it', intent: 'datetime_query' },
];

export default cases;
