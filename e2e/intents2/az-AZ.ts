// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'mətbəxdə işığı yandır', intent: 'iot_hue_lighton' },
  { say: 'burda qaranlıqdı işığı yandır', intent: 'iot_hue_lighton' },
  { say: 'qonaq otağında lampanı yandıra bilərsən', intent: 'iot_hue_lighton' },
  { say: 'yataq otağının işığını aç', intent: 'iot_hue_lighton' },
  { say: 'bütün işıqları söndür', intent: 'iot_hue_lightoff' },
  { say: 'dəhlizdə işığı söndür zəhmət olmasa', intent: 'iot_hue_lightoff' },
  { say: 'vanna otağında işığı bağla', intent: 'iot_hue_lightoff', note: '"close the light" = turn it off (colloquial)' },
  { say: 'işığı bir az zəiflət', intent: 'iot_hue_lightdim' },
  { say: 'işığın parlaqlığını iyirmi faizə endir', intent: 'iot_hue_lightdim' },
  { say: 'işığı daha parlaq et', intent: 'iot_hue_lightup' },
  { say: 'qonaq otağında işığın parlaqlığını artır', intent: 'iot_hue_lightup' },
  { say: 'işığın rəngini maviyə dəyiş', intent: 'iot_hue_lightchange' },
  { say: 'işığı qırmızı et', intent: 'iot_hue_lightchange' },
  { say: 'on dəqiqəlik taymer qur çay dəmlənsin', intent: 'alarm_set', note: 'so the tea can brew' },
  { say: '25 dəqiqəyə taymer qoy dərs oxuyacağam', intent: 'alarm_set', note: 'I am going to study' },
  { say: 'məni sabah saat altı otuzda oyat', intent: 'alarm_set' },
  { say: 'bazarlıq siyahısına süd əlavə et', intent: 'lists_createoradd' },
  { say: 'alınacaqlar siyahısına çörək və yumurta yaz', intent: 'lists_createoradd' },
  { say: 'səsi artır', intent: 'audio_volume_up' },
  { say: 'səsi bir az azalt', intent: 'audio_volume_down' },
  { say: 'səsi kəs', intent: 'audio_volume_mute' },
  { say: 'təqvimə yaz cümə axşamı saat üçdə diş həkiminə gedirəm', intent: 'calendar_set', note: 'cümə axşamı = Thursday' },
  { say: 'sabah hava necə olacaq', intent: 'weather_query' },
  { say: 'saat neçədir', intent: 'datetime_query' },
];

export default cases;
