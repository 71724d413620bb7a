// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'doe het licht in de keuken aan', intent: 'iot_hue_lighton' },
  { say: 'het is hier veel te donker doe de lamp eens aan', intent: 'iot_hue_lighton', note: '"it is way too dark here, put the lamp on"' },
  { say: 'zet het licht in de slaapkamer uit', intent: 'iot_hue_lightoff' },
  { say: 'lampen uit in de gang', intent: 'iot_hue_lightoff' },
  { say: 'dim het licht in de woonkamer een beetje', intent: 'iot_hue_lightdim' },
  { say: 'maak het licht in de werkkamer feller', intent: 'iot_hue_lightup' },
  { say: 'zet de lampen op blauw', intent: 'iot_hue_lightchange' },
  { say: 'start de robotstofzuiger in de eetkamer', intent: 'iot_cleaning' },
  { say: 'zet een kopje koffie voor me', intent: 'iot_coffee' },
  { say: 'zet de slimme stekker van de ventilator aan', intent: 'iot_wemo_on' },
  { say: 'doe de slimme stekker in de garage uit', intent: 'iot_wemo_off' },
  { say: 'maak me morgen om half zeven wakker', intent: 'alarm_set', note: '"wake me tomorrow at 6:30"' },
  { say: 'zet een timer voor twaalf minuten', intent: 'alarm_set' },
  { say: 'hoe laat gaat mijn wekker', intent: 'alarm_query' },
  { say: 'verwijder de wekker van 7 uur', intent: 'alarm_remove' },
  { say: 'zet het volume hoger', intent: 'audio_volume_up' },
  { say: 'zet het geluid wat zachter', intent: 'audio_volume_down' },
  { say: 'zet het geluid uit', intent: 'audio_volume_mute' },
  { say: 'speel muziek van marco borsato', intent: 'play_music' },
  { say: 'zet radio 538 aan', intent: 'play_radio' },
  { say: 'wat voor weer wordt het morgen', intent: 'weather_query' },
  { say: 'welke datum is het vandaag', intent: 'datetime_query' },
  { say: 'zet melk en eieren op de boodschappenlijst', intent: 'lists_createoradd' },
  { say: 'zet donderdag om drie uur een afspraak met de tandarts in mijn agenda', intent: 'calendar_set' },
];

export default cases;
