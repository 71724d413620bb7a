// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'aprinde lumina în bucătărie', intent: 'iot_hue_lighton' },
  { say: 'e prea întuneric aici aprinde veioza', intent: 'iot_hue_lighton', note: '"it is too dark here, turn on the bedside lamp"' },
  { say: 'stinge lumina din dormitor', intent: 'iot_hue_lightoff' },
  { say: 'închide luminile de pe hol', intent: 'iot_hue_lightoff' },
  { say: 'redu puțin intensitatea luminii în sufragerie', intent: 'iot_hue_lightdim' },
  { say: 'fă lumina mai puternică în birou', intent: 'iot_hue_lightup' },
  { say: 'schimbă culoarea luminii în albastru', intent: 'iot_hue_lightchange' },
  { say: 'pornește robotul de aspirat în camera copiilor', intent: 'iot_cleaning' },
  { say: 'poți să faci o cafea', intent: 'iot_coffee' },
  { say: 'pornește priza inteligentă de la ventilator', intent: 'iot_wemo_on' },
  { say: 'oprește priza inteligentă din garaj', intent: 'iot_wemo_off' },
  { say: 'pune o alarmă mâine la șase și jumătate', intent: 'alarm_set' },
  { say: 'setează un timer de 12 minute', intent: 'alarm_set' },
  { say: 'la ce oră sună alarma mea', intent: 'alarm_query' },
  { say: 'șterge alarma de la ora șapte', intent: 'alarm_remove' },
  { say: 'dă mai tare', intent: 'audio_volume_up' },
  { say: 'dă puțin mai încet', intent: 'audio_volume_down' },
  { say: 'oprește sunetul', intent: 'audio_volume_mute' },
  { say: 'pune o melodie de la inna', intent: 'play_music' },
  { say: 'pune radio zu', intent: 'play_radio' },
  { say: 'cum o să fie vremea mâine', intent: 'weather_query' },
  { say: 'ce dată e azi', intent: 'datetime_query' },
  { say: 'adaugă lapte și ouă pe lista de cumpărături', intent: 'lists_createoradd' },
  { say: 'pune în calendar o programare la dentist joi la ora trei', intent: 'calendar_set' },
];

export default cases;
