// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'nyalakan lampu dapur', intent: 'iot_hue_lighton' },
  { say: 'tolong hidupkan lampu di kamar tidur ya', intent: 'iot_hue_lighton' },
  { say: 'gelap banget di sini nyalain lampunya', intent: 'iot_hue_lighton' },
  { say: 'lampu ruang tamu nyalakan', intent: 'iot_hue_lighton' },
  { say: 'matikan lampu kamar mandi', intent: 'iot_hue_lightoff' },
  { say: 'matiin semua lampu di lantai bawah', intent: 'iot_hue_lightoff' },
  { say: 'lampu lorong dimatikan ya', intent: 'iot_hue_lightoff' },
  { say: 'redupkan lampu ruang tamu', intent: 'iot_hue_lightdim' },
  { say: 'turunkan kecerahan lampu kamar tidur jadi 20 persen', intent: 'iot_hue_lightdim' },
  { say: 'bisa bikin ruangan ini sedikit lebih terang', intent: 'iot_hue_lightup' },
  { say: 'terangkan lampu dapur', intent: 'iot_hue_lightup' },
  { say: 'ganti lampu ruang tamu jadi biru', intent: 'iot_hue_lightchange' },
  { say: 'ubah warna lampu meja ke merah', intent: 'iot_hue_lightchange' },
  { say: 'pasang timer 10 menit', intent: 'alarm_set' },
  { say: 'setel pengatur waktu 25 menit buat pizza', intent: 'alarm_set' },
  { say: 'bangunkan aku besok jam setengah 7', intent: 'alarm_set' },
  { say: 'tambahkan susu ke daftar belanja', intent: 'lists_createoradd' },
  { say: 'masukin telur sama roti ke daftar belanjaan', intent: 'lists_createoradd' },
  { say: 'keraskan suaranya', intent: 'audio_volume_up' },
  { say: 'kecilin volumenya sedikit', intent: 'audio_volume_down' },
  { say: 'bisukan speaker', intent: 'audio_volume_mute' },
  { say: 'tambahkan janji dokter gigi ke kalender hari jumat jam 3 sore', intent: 'calendar_set' },
  { say: 'besok hujan nggak', intent: 'weather_query' },
  { say: 'sekarang jam berapa', intent: 'datetime_query' },
];

export default cases;
