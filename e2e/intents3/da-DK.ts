// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'tænd lyset i køkkenet', intent: 'iot_hue_lighton' },
  { say: 'det er alt for mørkt herinde tænd lige lampen', intent: 'iot_hue_lighton', note: '"it is far too dark in here, just turn on the lamp"' },
  { say: 'sluk lyset i soveværelset', intent: 'iot_hue_lightoff' },
  { say: 'sluk lamperne i gangen', intent: 'iot_hue_lightoff' },
  { say: 'dæmp lyset lidt i stuen', intent: 'iot_hue_lightdim' },
  { say: 'gør lyset kraftigere på kontoret', intent: 'iot_hue_lightup' },
  { say: 'skift farven på lyset til blå', intent: 'iot_hue_lightchange' },
  { say: 'start robotstøvsugeren i spisestuen', intent: 'iot_cleaning' },
  { say: 'lav en kop kaffe til mig', intent: 'iot_coffee' },
  { say: 'tænd for det smarte stik til ventilatoren', intent: 'iot_wemo_on' },
  { say: 'sluk det smarte stik i garagen', intent: 'iot_wemo_off' },
  { say: 'væk mig klokken halv syv i morgen', intent: 'alarm_set', note: '"wake me at 6:30 tomorrow"' },
  { say: 'sæt en timer på tolv minutter', intent: 'alarm_set' },
  { say: 'hvornår ringer mit vækkeur', intent: 'alarm_query' },
  { say: 'slet alarmen klokken 7', intent: 'alarm_remove' },
  { say: 'skru op for lyden', intent: 'audio_volume_up' },
  { say: 'skru lidt ned for lyden', intent: 'audio_volume_down' },
  { say: 'slå lyden fra', intent: 'audio_volume_mute' },
  { say: 'spil noget med medina', intent: 'play_music' },
  { say: 'spil p4 i radioen', intent: 'play_radio' },
  { say: 'hvordan bliver vejret i morgen', intent: 'weather_query' },
  { say: 'hvilken dato er det i dag', intent: 'datetime_query' },
  { say: 'skriv mælk og æg på indkøbslisten', intent: 'lists_createoradd' },
  { say: 'sæt en tid hos tandlægen ind i kalenderen torsdag klokken tre', intent: 'calendar_set' },
];

export default cases;
