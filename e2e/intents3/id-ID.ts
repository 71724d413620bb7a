// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'nyalain lampu ruang tamu', intent: 'iot_hue_lighton' },
  { say: 'gelap banget nih tolong nyalakan lampu kamar', intent: 'iot_hue_lighton', note: '"it\'s really dark, please turn on the bedroom light"' },
  { say: 'matiin lampu dapur', intent: 'iot_hue_lightoff' },
  { say: 'tolong matikan semua lampu di kamar tidur', intent: 'iot_hue_lightoff' },
  { say: 'redupin lampu ruang keluarga dong', intent: 'iot_hue_lightdim' },
  { say: 'lampu teras dibikin lebih terang', intent: 'iot_hue_lightup' },
  { say: 'ganti warna lampu kamar jadi ungu', intent: 'iot_hue_lightchange' },
  { say: 'suruh robot penyedot debu bersihin ruang tengah', intent: 'iot_cleaning' },
  { say: 'bikinin kopi dong pakai mesin kopi', intent: 'iot_coffee' },
  { say: 'nyalain stop kontak pintar buat kipas angin', intent: 'iot_wemo_on' },
  { say: 'matikan stop kontak pintar yang buat setrika', intent: 'iot_wemo_off' },
  { say: 'pasang alarm jam setengah lima pagi buat sahur', intent: 'alarm_set', note: '"set an alarm for 4:30 am for sahur"' },
  { say: 'pasang timer 10 menit', intent: 'alarm_set' },
  { say: 'alarm besok jam berapa ya', intent: 'alarm_query' },
  { say: 'hapus alarm jam enam', intent: 'alarm_remove' },
  { say: 'kerasin suaranya', intent: 'audio_volume_up' },
  { say: 'kecilin volumenya dikit', intent: 'audio_volume_down' },
  { say: 'bisukan suaranya', intent: 'audio_volume_mute' },
  { say: 'putar lagu dari tulus', intent: 'play_music' },
  { say: 'putar radio prambors', intent: 'play_radio' },
  { say: 'cuaca di bandung besok gimana', intent: 'weather_query' },
  { say: 'sekarang jam berapa', intent: 'datetime_query' },
  { say: 'tambahin telur sama minyak goreng ke daftar belanja', intent: 'lists_createoradd' },
  { say: 'jadwalkan rapat sama klien hari kamis jam dua siang di kalender', intent: 'calendar_set' },
];

export default cases;
