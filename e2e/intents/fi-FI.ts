// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'keittiön valot päälle', intent: 'iot_hue_lighton' },
  { say: 'voisitko laittaa makuuhuoneen lampun päälle', intent: 'iot_hue_lighton' },
  { say: 'täällä on pimeää sytytä valo', intent: 'iot_hue_lighton' },
  { say: 'laita olohuoneeseen valot', intent: 'iot_hue_lighton' },
  { say: 'kylpyhuoneen valo pois', intent: 'iot_hue_lightoff' },
  { say: 'sammuta kaikki alakerran valot', intent: 'iot_hue_lightoff' },
  { say: 'laita eteisen valot pois päältä', intent: 'iot_hue_lightoff' },
  { say: 'himmennä olohuoneen valoja', intent: 'iot_hue_lightdim' },
  { say: 'laske makuuhuoneen kirkkaus 20 prosenttiin', intent: 'iot_hue_lightdim' },
  { say: 'voisitko lisätä valoa täällä vähän', intent: 'iot_hue_lightup' },
  { say: 'kirkasta keittiön valoja', intent: 'iot_hue_lightup' },
  { say: 'vaihda olohuoneen valo siniseksi', intent: 'iot_hue_lightchange' },
  { say: 'tee lampusta punainen', intent: 'iot_hue_lightchange' },
  { say: 'laita 10 minuutin ajastin', intent: 'alarm_set' },
  { say: 'ajastin 25 minuuttia pizzalle', intent: 'alarm_set' },
  { say: 'herätä minut huomenna puoli 7', intent: 'alarm_set' },
  { say: 'lisää maito ostoslistaan', intent: 'lists_createoradd' },
  { say: 'laita kananmunat ja leipä kauppalistalle', intent: 'lists_createoradd' },
  { say: 'lisää äänenvoimakkuutta', intent: 'audio_volume_up' },
  { say: 'vähän hiljempaa', intent: 'audio_volume_down' },
  { say: 'mykistä kaiutin', intent: 'audio_volume_mute' },
  { say: 'lisää kalenteriin hammaslääkäri perjantaina kello 15', intent: 'calendar_set' },
  { say: 'sataako huomenna', intent: 'weather_query' },
  { say: 'paljonko kello on', intent: 'datetime_query' },
];

export default cases;
