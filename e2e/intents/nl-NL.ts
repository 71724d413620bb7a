// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'keukenlicht aan', intent: 'iot_hue_lighton' },
  { say: 'kun je de lamp in de slaapkamer aanzetten alsjeblieft', intent: 'iot_hue_lighton' },
  { say: 'het is hier donker doe het licht aan', intent: 'iot_hue_lighton' },
  { say: 'zet de lampen in de woonkamer aan', intent: 'iot_hue_lighton' },
  { say: 'licht in de badkamer uit', intent: 'iot_hue_lightoff' },
  { say: 'doe alle lampen beneden uit', intent: 'iot_hue_lightoff' },
  { say: 'zet het licht in de gang uit', intent: 'iot_hue_lightoff' },
  { say: 'dim het licht in de woonkamer', intent: 'iot_hue_lightdim' },
  { say: 'verlaag de helderheid in de slaapkamer naar 20 procent', intent: 'iot_hue_lightdim' },
  { say: 'kun je het hier wat lichter maken', intent: 'iot_hue_lightup' },
  { say: 'maak de keukenlamp feller', intent: 'iot_hue_lightup' },
  { say: 'maak het licht in de woonkamer blauw', intent: 'iot_hue_lightchange' },
  { say: 'verander de kleur van de lamp naar rood', intent: 'iot_hue_lightchange' },
  { say: 'zet een timer voor 10 minuten', intent: 'alarm_set' },
  { say: 'timer van 25 minuten voor de pizza', intent: 'alarm_set' },
  { say: 'maak me morgen om half 7 wakker', intent: 'alarm_set' },
  { say: 'zet melk op de boodschappenlijst', intent: 'lists_createoradd' },
  { say: 'voeg eieren en brood toe aan mijn boodschappenlijstje', intent: 'lists_createoradd' },
  { say: 'zet het geluid harder', intent: 'audio_volume_up' },
  { say: 'iets zachter graag', intent: 'audio_volume_down' },
  { say: 'demp de speaker', intent: 'audio_volume_mute' },
  { say: 'zet een afspraak bij de tandarts op vrijdag om 3 uur in mijn agenda', intent: 'calendar_set' },
  { say: 'gaat het morgen regenen', intent: 'weather_query' },
  { say: 'hoe laat is het', intent: 'datetime_query' },
];

export default cases;
