// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'mətbəxdə işığı yandır', intent: 'iot_hue_lighton', note: '"turn on the light in the kitchen"' },
  { say: 'burda çox qaranlıqdır lampanı yandır', intent: 'iot_hue_lighton', note: '"it is very dark here, turn on the lamp"' },
  { say: 'yataq otağında işığı söndür', intent: 'iot_hue_lightoff', note: '"turn off the light in the bedroom"' },
  { say: 'qonaq otağındakı bütün işıqları söndür', intent: 'iot_hue_lightoff', note: '"turn off all the lights in the living room"' },
  { say: 'dəhlizdə işığı bir az zəiflət', intent: 'iot_hue_lightdim', note: '"dim the hallway light a bit"' },
  { say: 'mətbəxdə işığın parlaqlığını artır', intent: 'iot_hue_lightup', note: '"increase the light brightness in the kitchen"' },
  { say: 'yataq otağında işığın rəngini qırmızıya dəyiş', intent: 'iot_hue_lightchange', note: '"change the light colour in the bedroom to red"' },
  { say: 'robot tozsoranı işə sal qonaq otağını təmizləsin', intent: 'iot_cleaning', note: '"start the robot vacuum so it cleans the living room"' },
  { say: 'mənə bir qəhvə hazırla', intent: 'iot_coffee', note: '"make me a coffee"' },
  { say: 'ventilyatorun rozetkasını aç', intent: 'iot_wemo_on', note: '"turn on the fan socket"' },
  { say: 'mətbəxdəki ağıllı rozetkanı söndür', intent: 'iot_wemo_off', note: '"turn off the smart socket in the kitchen"' },
  { say: 'sabah səhər saat yeddiyə zəngli saat qur', intent: 'alarm_set', note: '"set an alarm for seven tomorrow morning"' },
  { say: 'on dəqiqəlik taymer qur', intent: 'alarm_set', note: '"set a ten minute timer"' },
  { say: 'zəngli saatım neçəyə qurulub', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'sabahkı zəngli saatı sil', intent: 'alarm_remove', note: '"delete tomorrow’s alarm"' },
  { say: 'səsi artır', intent: 'audio_volume_up', note: '"turn the volume up"' },
  { say: 'səsi bir az azalt', intent: 'audio_volume_down', note: '"turn the volume down a bit"' },
  { say: 'səssiz rejimə keç', intent: 'audio_volume_mute', note: '"switch to silent mode (mute)"' },
  { say: 'aygün kazımovadan bir mahnı qoş', intent: 'play_music', note: '"put on a song by Aygün Kazımova"' },
  { say: 'ictimai radionu qoş', intent: 'play_radio', note: '"put on İctimai Radio"' },
  { say: 'sabah bakıda hava necə olacaq', intent: 'weather_query', note: '"what will the weather be like in Baku tomorrow"' },
  { say: 'saat neçədir', intent: 'datetime_query', note: '"what time is it"' },
  { say: 'bazarlıq siyahısına süd və çörək əlavə et', intent: 'lists_createoradd', note: '"add milk and bread to the shopping list"' },
  { say: 'cümə axşamı saat üçə həkim görüşünü təqvimə yaz', intent: 'calendar_set', note: '"write the doctor appointment on Thursday at three into the calendar"' },
];

export default cases;
