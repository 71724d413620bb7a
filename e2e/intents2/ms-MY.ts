// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'tolong buka lampu dapur', intent: 'iot_hue_lighton', note: 'colloquial "open the light" = switch on' },
  { say: 'gelap sangat kat sini pasangkan lampu', intent: 'iot_hue_lighton' },
  { say: 'hidupkan lampu bilik tidur', intent: 'iot_hue_lighton' },
  { say: 'boleh tak onkan lampu ruang tamu', intent: 'iot_hue_lighton' },
  { say: 'tutup semua lampu', intent: 'iot_hue_lightoff' },
  { say: 'matikan lampu bilik air', intent: 'iot_hue_lightoff' },
  { say: 'saya nak tidur dah tolong padamkan lampu bilik', intent: 'iot_hue_lightoff' },
  { say: 'malapkan sikit lampu ni', intent: 'iot_hue_lightdim' },
  { say: 'kurangkan kecerahan lampu ruang tamu ke dua puluh peratus', intent: 'iot_hue_lightdim' },
  { say: 'terangkan lagi lampu dapur', intent: 'iot_hue_lightup' },
  { say: 'lampu bilik ni malap sangat tolong naikkan kecerahan', intent: 'iot_hue_lightup' },
  { say: 'tukar warna lampu jadi biru', intent: 'iot_hue_lightchange' },
  { say: 'boleh tukar lampu bilik tidur ke warna merah', intent: 'iot_hue_lightchange' },
  { say: 'tolong set timer 15 minit saya nak lelap kejap', intent: 'alarm_set', note: 'timer for a short nap' },
  { say: 'pasang pemasa setengah jam untuk anak buat kerja sekolah', intent: 'alarm_set', note: 'half-hour timer for homework' },
  { say: 'kejutkan saya pukul enam setengah pagi esok', intent: 'alarm_set' },
  { say: 'masukkan susu dengan telur dalam senarai barang dapur', intent: 'lists_createoradd' },
  { say: 'tambah bayar bil elektrik dalam senarai tugasan saya', intent: 'lists_createoradd' },
  { say: 'kuatkan sikit bunyi tu', intent: 'audio_volume_up' },
  { say: 'perlahankan volume speaker', intent: 'audio_volume_down' },
  { say: 'senyapkan bunyi speaker kejap', intent: 'audio_volume_mute' },
  { say: 'masukkan mesyuarat dengan klien hari khamis pukul tiga petang dalam kalendar', intent: 'calendar_set' },
  { say: 'esok hujan tak kat kuala lumpur', intent: 'weather_query' },
  { say: 'pukul berapa sekarang', intent: 'datetime_query' },
];

export default cases;
