// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'aprinde lumina în bucătărie', intent: 'iot_hue_lighton' },
  { say: 'poți să aprinzi veioza din dormitor te rog', intent: 'iot_hue_lighton' },
  { say: 'e întuneric aici aprinde lumina', intent: 'iot_hue_lighton' },
  { say: 'pornește luminile din sufragerie', intent: 'iot_hue_lighton' },
  { say: 'stinge lumina din baie', intent: 'iot_hue_lightoff' },
  { say: 'stinge toate luminile de jos', intent: 'iot_hue_lightoff' },
  { say: 'oprește lumina pe hol', intent: 'iot_hue_lightoff' },
  { say: 'redu lumina din sufragerie', intent: 'iot_hue_lightdim' },
  { say: 'scade luminozitatea în dormitor la 20 la sută', intent: 'iot_hue_lightdim' },
  { say: 'poți să faci un pic mai luminos aici', intent: 'iot_hue_lightup' },
  { say: 'mărește luminozitatea în bucătărie', intent: 'iot_hue_lightup' },
  { say: 'fă lumina din sufragerie albastră', intent: 'iot_hue_lightchange' },
  { say: 'schimbă culoarea veiozei în roșu', intent: 'iot_hue_lightchange' },
  { say: 'setează un timer de 10 minute', intent: 'alarm_set' },
  { say: 'pornește un temporizator de 25 de minute pentru pizza', intent: 'alarm_set' },
  { say: 'pune alarma la 7 dimineața', intent: 'alarm_set' },
  { say: 'adaugă lapte pe lista de cumpărături', intent: 'lists_createoradd' },
  { say: 'pune ouă și pâine pe lista de cumpărături', intent: 'lists_createoradd' },
  { say: 'dă mai tare', intent: 'audio_volume_up' },
  { say: 'dă puțin mai încet', intent: 'audio_volume_down' },
  { say: 'pune difuzorul pe mut', intent: 'audio_volume_mute' },
  { say: 'adaugă în calendar o programare la dentist vineri la ora 15', intent: 'calendar_set' },
  { say: 'o să plouă mâine', intent: 'weather_query' },
  { say: 'cât e ceasul', intent: 'datetime_query' },
];

export default cases;
