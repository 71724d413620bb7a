// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'skru på lyset på kjøkkenet', intent: 'iot_hue_lighton' },
  { say: 'det er altfor mørkt her inne slå på lampa', intent: 'iot_hue_lighton', note: '"it is far too dark in here, switch on the lamp"' },
  { say: 'slå av lyset på soverommet', intent: 'iot_hue_lightoff' },
  { say: 'skru av lysene i gangen', intent: 'iot_hue_lightoff' },
  { say: 'demp lyset i stua litt', intent: 'iot_hue_lightdim' },
  { say: 'gjør lyset sterkere på kontoret', intent: 'iot_hue_lightup' },
  { say: 'endre fargen på lyset til blått', intent: 'iot_hue_lightchange' },
  { say: 'start robotstøvsugeren på spisestua', intent: 'iot_cleaning' },
  { say: 'lag en kopp kaffe til meg', intent: 'iot_coffee' },
  { say: 'slå på den smarte stikkontakten til vifta', intent: 'iot_wemo_on' },
  { say: 'slå av stikkontakten i garasjen', intent: 'iot_wemo_off' },
  { say: 'vekk meg halv sju i morgen', intent: 'alarm_set', note: '"wake me at 6:30 tomorrow"' },
  { say: 'sett en timer på 12 minutter', intent: 'alarm_set' },
  { say: 'når ringer vekkerklokka mi', intent: 'alarm_query' },
  { say: 'slett alarmen klokka sju', intent: 'alarm_remove' },
  { say: 'skru opp lyden', intent: 'audio_volume_up' },
  { say: 'skru ned volumet litt', intent: 'audio_volume_down' },
  { say: 'slå av lyden', intent: 'audio_volume_mute' },
  { say: 'spill musikk av sigrid', intent: 'play_music' },
  { say: 'spill nrk p3 på radioen', intent: 'play_radio' },
  { say: 'hvordan blir været i morgen', intent: 'weather_query' },
  { say: 'hvilken dato er det i dag', intent: 'datetime_query' },
  { say: 'legg til melk og egg på handlelista', intent: 'lists_createoradd' },
  { say: 'legg inn tannlegetime i kalenderen på torsdag klokka tre', intent: 'calendar_set' },
];

export default cases;
