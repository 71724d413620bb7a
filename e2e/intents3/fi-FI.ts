// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'laita keittiön valo päälle', intent: 'iot_hue_lighton' },
  { say: 'täällä on ihan liian pimeää sytytä lamppu', intent: 'iot_hue_lighton', note: '"it is way too dark here, switch on the lamp"' },
  { say: 'sammuta makuuhuoneen valo', intent: 'iot_hue_lightoff' },
  { say: 'laita eteisen valot pois päältä', intent: 'iot_hue_lightoff' },
  { say: 'himmennä olohuoneen valoja vähän', intent: 'iot_hue_lightdim' },
  { say: 'laita työhuoneen valot kirkkaammalle', intent: 'iot_hue_lightup' },
  { say: 'vaihda valon väri siniseksi', intent: 'iot_hue_lightchange' },
  { say: 'käynnistä imurirobotti ruokailuhuoneessa', intent: 'iot_cleaning' },
  { say: 'keitä mulle kahvia', intent: 'iot_coffee' },
  { say: 'kytke tuulettimen älypistorasia päälle', intent: 'iot_wemo_on' },
  { say: 'sammuta autotallin älypistorasia', intent: 'iot_wemo_off' },
  { say: 'herätä mut huomenna puoli seitsemältä', intent: 'alarm_set', note: '"wake me tomorrow at 6:30"' },
  { say: 'laita ajastin kahdelletoista minuutille', intent: 'alarm_set' },
  { say: 'mihin aikaan mun herätys soi', intent: 'alarm_query' },
  { say: 'poista kello 7 herätys', intent: 'alarm_remove' },
  { say: 'nosta äänenvoimakkuutta', intent: 'audio_volume_up' },
  { say: 'laita vähän hiljemmalle', intent: 'audio_volume_down' },
  { say: 'mykistä kaiutin', intent: 'audio_volume_mute' },
  { say: 'soita haloo helsingin biisejä', intent: 'play_music' },
  { say: 'laita yle radio suomi soimaan', intent: 'play_radio' },
  { say: 'minkälainen sää huomenna on', intent: 'weather_query' },
  { say: 'mikä päivämäärä tänään on', intent: 'datetime_query' },
  { say: 'lisää kauppalistalle maitoa ja kananmunia', intent: 'lists_createoradd' },
  { say: 'merkitse kalenteriin hammaslääkäri torstaina kello kolme', intent: 'calendar_set' },
];

export default cases;
