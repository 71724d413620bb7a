// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'mach das licht in der küche an', intent: 'iot_hue_lighton' },
  { say: 'es ist zu dunkel hier mach mal die lampe an', intent: 'iot_hue_lighton', note: '"it is too dark here, put the lamp on"' },
  { say: 'schalt das licht im schlafzimmer aus', intent: 'iot_hue_lightoff' },
  { say: 'licht aus im flur', intent: 'iot_hue_lightoff' },
  { say: 'dimm das licht im wohnzimmer ein bisschen', intent: 'iot_hue_lightdim' },
  { say: 'mach das licht im büro heller', intent: 'iot_hue_lightup' },
  { say: 'mach das licht im wohnzimmer rot', intent: 'iot_hue_lightchange' },
  { say: 'starte den saugroboter im esszimmer', intent: 'iot_cleaning' },
  { say: 'mach mir einen kaffee', intent: 'iot_coffee' },
  { say: 'schalte die steckdose für den ventilator ein', intent: 'iot_wemo_on' },
  { say: 'mach die steckdose in der garage aus', intent: 'iot_wemo_off' },
  { say: 'weck mich morgen um halb sieben', intent: 'alarm_set', note: '"wake me tomorrow at 6:30"' },
  { say: 'stell einen timer auf zwölf minuten', intent: 'alarm_set' },
  { say: 'wann klingelt mein wecker', intent: 'alarm_query' },
  { say: 'lösch den wecker für sieben uhr', intent: 'alarm_remove' },
  { say: 'mach lauter', intent: 'audio_volume_up' },
  { say: 'mach mal ein bisschen leiser', intent: 'audio_volume_down' },
  { say: 'schalte den ton stumm', intent: 'audio_volume_mute' },
  { say: 'spiel musik von den toten hosen', intent: 'play_music' },
  { say: 'spiel den radiosender bayern 3', intent: 'play_radio' },
  { say: 'wie wird das wetter morgen', intent: 'weather_query' },
  { say: 'welches datum haben wir heute', intent: 'datetime_query' },
  { say: 'schreib milch und eier auf die einkaufsliste', intent: 'lists_createoradd' },
  { say: 'trag mir am donnerstag um 15 uhr einen zahnarzttermin in den kalender ein', intent: 'calendar_set' },
];

export default cases;
