// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'buka lampu ruang tamu', intent: 'iot_hue_lighton' },
  { say: 'gelap la bilik ni tolong pasang lampu', intent: 'iot_hue_lighton', note: '"this room is dark, please switch on the light"' },
  { say: 'tutup lampu dapur', intent: 'iot_hue_lightoff' },
  { say: 'padamkan semua lampu bilik tidur', intent: 'iot_hue_lightoff' },
  { say: 'malapkan sikit lampu ruang keluarga', intent: 'iot_hue_lightdim' },
  { say: 'terangkan lagi lampu bilik bacaan', intent: 'iot_hue_lightup' },
  { say: 'tukar warna lampu bilik kepada merah jambu', intent: 'iot_hue_lightchange' },
  { say: 'hidupkan robot vakum bersihkan bilik anak', intent: 'iot_cleaning' },
  { say: 'buatkan secawan kopi guna mesin kopi', intent: 'iot_coffee' },
  { say: 'hidupkan soket pintar untuk kipas', intent: 'iot_wemo_on' },
  { say: 'matikan soket pintar pemanas air', intent: 'iot_wemo_off' },
  { say: 'pasang alarm pukul 6 pagi esok', intent: 'alarm_set' },
  { say: 'set pemasa lima belas minit', intent: 'alarm_set' },
  { say: 'alarm esok pukul berapa', intent: 'alarm_query' },
  { say: 'padam alarm pukul tujuh', intent: 'alarm_remove' },
  { say: 'kuatkan volume sikit', intent: 'audio_volume_up' },
  { say: 'perlahankan suara', intent: 'audio_volume_down' },
  { say: 'senyapkan suara', intent: 'audio_volume_mute' },
  { say: 'mainkan lagu siti nurhaliza', intent: 'play_music' },
  { say: 'bukak radio era fm', intent: 'play_radio' },
  { say: 'cuaca kat kuala lumpur esok macam mana', intent: 'weather_query' },
  { say: 'pukul berapa sekarang', intent: 'datetime_query' },
  { say: 'tambah beras dan telur dalam senarai barang dapur', intent: 'lists_createoradd' },
  { say: 'masukkan mesyuarat hari jumaat pukul tiga petang dalam kalendar', intent: 'calendar_set' },
];

export default cases;
