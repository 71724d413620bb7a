// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'uripke lampu ruang tamu', intent: 'iot_hue_lighton' },
  { say: 'peteng banget iki lampune tulung diurupke', intent: 'iot_hue_lighton', note: '"it\'s really dark, please put the light on"' },
  { say: 'pateni lampu pawon', intent: 'iot_hue_lightoff' },
  { say: 'lampu kamar turu pateni kabeh', intent: 'iot_hue_lightoff' },
  { say: 'lampu ruang tengah disuremke sithik', intent: 'iot_hue_lightdim', note: '"dim the family room light a bit"' },
  { say: 'lampu kamar sinau digawe luwih padhang', intent: 'iot_hue_lightup' },
  { say: 'ganti werna lampu kamar dadi ijo', intent: 'iot_hue_lightchange' },
  { say: 'kongkon robot penyedot debu ngresiki kamar turu', intent: 'iot_cleaning' },
  { say: 'gawekna kopi nganggo mesin kopi', intent: 'iot_coffee' },
  { say: 'uripke colokan pinter sing kanggo kipas angin', intent: 'iot_wemo_on' },
  { say: 'pateni colokan pinter sing kanggo setrika', intent: 'iot_wemo_off' },
  { say: 'pasangke alarm sesuk esuk jam lima', intent: 'alarm_set' },
  { say: 'pasang timer 10 menit', intent: 'alarm_set' },
  { say: 'alarmku sesuk jam pira', intent: 'alarm_query' },
  { say: 'busak alarm sing jam enem', intent: 'alarm_remove' },
  { say: 'swarane digedhekke', intent: 'audio_volume_up' },
  { say: 'swarane dicilikke sithik', intent: 'audio_volume_down' },
  { say: 'swarane dipateni sik', intent: 'audio_volume_mute', note: '"mute the sound for now"' },
  { say: 'puterke lagune didi kempot', intent: 'play_music' },
  { say: 'setelke radio rri jogja', intent: 'play_radio' },
  { say: 'sesuk cuacane ning semarang piye', intent: 'weather_query' },
  { say: 'saiki jam pira', intent: 'datetime_query' },
  { say: 'tambahke endhog lan gula ning daftar blanja', intent: 'lists_createoradd' },
  { say: 'lebokna rapat dina kemis jam loro awan ning kalender', intent: 'calendar_set' },
];

export default cases;
