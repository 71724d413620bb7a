// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'ndiz dritën në kuzhinë', intent: 'iot_hue_lighton', note: '"turn on the light in the kitchen"' },
  { say: 'është shumë errët këtu ndize llambën', intent: 'iot_hue_lighton', note: '"it is very dark here, turn on the lamp"' },
  { say: 'fik dritën në dhomën e gjumit', intent: 'iot_hue_lightoff', note: '"turn off the light in the bedroom"' },
  { say: 'fiki të gjitha dritat në sallon', intent: 'iot_hue_lightoff', note: '"turn off all the lights in the living room"' },
  { say: 'ule pak ndriçimin e dritave në korridor', intent: 'iot_hue_lightdim', note: '"lower the brightness of the hallway lights a bit"' },
  { say: 'rrite ndriçimin në kuzhinë', intent: 'iot_hue_lightup', note: '"increase the brightness in the kitchen"' },
  { say: 'ndrysho ngjyrën e dritave të dhomës së gjumit në blu', intent: 'iot_hue_lightchange', note: '"change the colour of the bedroom lights to blue"' },
  { say: 'pastro sallonin me fshesën robot', intent: 'iot_cleaning', note: '"clean the living room with the robot vacuum"' },
  { say: 'më bëj një kafe', intent: 'iot_coffee', note: '"make me a coffee"' },
  { say: 'ndiz prizën e ventilatorit', intent: 'iot_wemo_on', note: '"turn on the fan socket"' },
  { say: 'fik prizën e ngrohëses', intent: 'iot_wemo_off', note: '"turn off the heater socket"' },
  { say: 'vendos alarmin për nesër në orën 7 të mëngjesit', intent: 'alarm_set', note: '"set the alarm for tomorrow at 7 in the morning"' },
  { say: 'vendos një kohëmatës për dhjetë minuta', intent: 'alarm_set', note: '"set a timer for ten minutes"' },
  { say: 'në çfarë ore e kam alarmin', intent: 'alarm_query', note: '"what time is my alarm"' },
  { say: 'anulo alarmin e orës gjashtë', intent: 'alarm_remove', note: '"cancel the six o’clock alarm"' },
  { say: 'ngrije zërin', intent: 'audio_volume_up', note: '"turn the volume up"' },
  { say: 'ule pak zërin', intent: 'audio_volume_down', note: '"turn the volume down a bit"' },
  { say: 'vendose altoparlantin në heshtje', intent: 'audio_volume_mute', note: '"put the speaker on mute"' },
  { say: 'luaj ndonjë këngë të elvana gjatës', intent: 'play_music', note: '"play some song by Elvana Gjata"' },
  { say: 'hap radio tiranën', intent: 'play_radio', note: '"put on Radio Tirana"' },
  { say: 'si do të jetë moti nesër në tiranë', intent: 'weather_query', note: '"what will the weather be like tomorrow in Tirana"' },
  { say: 'sa është ora', intent: 'datetime_query', note: '"what time is it"' },
  { say: 'shto qumësht dhe bukë në listën e pazarit', intent: 'lists_createoradd', note: '"add milk and bread to the shopping list"' },
  { say: 'shëno në kalendar takimin me dentistin të premten në orën 10', intent: 'calendar_set', note: '"note in the calendar the dentist appointment on Friday at 10"' },
];

export default cases;
