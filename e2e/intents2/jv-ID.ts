// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'tulung urupna lampu pawon', intent: 'iot_hue_lighton' },
  { say: 'kok peteng banget lampune diurupke wae', intent: 'iot_hue_lighton' },
  { say: 'uripke lampu kamar turu', intent: 'iot_hue_lighton' },
  { say: 'nyuwun tulung lampu ruang tamu diurupke nggih', intent: 'iot_hue_lighton', note: 'polite krama opening' },
  { say: 'pateni lampu kamar mandi', intent: 'iot_hue_lightoff' },
  { say: 'aku arep turu lampune dipateni kabeh', intent: 'iot_hue_lightoff' },
  { say: 'lampu teras wis awan pateni wae', intent: 'iot_hue_lightoff', note: 'it is already daytime, just turn the porch light off' },
  { say: 'lampune disuremke sithik', intent: 'iot_hue_lightdim' },
  { say: 'padhange lampu kamar dikurangi dadi rong puluh persen', intent: 'iot_hue_lightdim' },
  { say: 'lampu ruang tamu dipadhangke meneh', intent: 'iot_hue_lightup' },
  { say: 'lampune kurang padhang tambahi padhange ya', intent: 'iot_hue_lightup' },
  { say: 'ganti warna lampune dadi biru', intent: 'iot_hue_lightchange' },
  { say: 'werna lampu kamar diganti ijo', intent: 'iot_hue_lightchange', note: 'ijo = green' },
  { say: 'pasang timer seprapat jam aku arep turu awan', intent: 'alarm_set', note: 'quarter-hour timer for an afternoon nap' },
  { say: 'tulung setel timer 40 menit kanggo ngenteni sega mateng', intent: 'alarm_set', note: 'waiting for the rice to cook' },
  { say: 'gugahen aku sesuk esuk jam setengah enem', intent: 'alarm_set', note: 'setengah enem = 5:30' },
  { say: 'lebokna gula karo lenga goreng nang daftar blanja', intent: 'lists_createoradd' },
  { say: 'tambahke bayar listrik nang daftar gaweyan', intent: 'lists_createoradd', note: 'to-do list' },
  { say: 'suarane kurang banter banterke sithik', intent: 'audio_volume_up' },
  { say: 'lirihke suarane', intent: 'audio_volume_down' },
  { say: 'suarane dipateni sik', intent: 'audio_volume_mute', note: 'switch the sound off for now' },
  { say: 'lebokna arisan dina minggu jam sepuluh esuk nang kalender', intent: 'calendar_set', note: 'arisan = rotating savings gathering' },
  { say: 'sesuk udan ora ya', intent: 'weather_query' },
  { say: 'saiki jam pira', intent: 'datetime_query' },
];

export default cases;
