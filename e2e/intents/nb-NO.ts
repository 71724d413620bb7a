// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'skru på lyset på kjøkkenet', intent: 'iot_hue_lighton' },
  { say: 'kan du slå på lampen på soverommet takk', intent: 'iot_hue_lighton' },
  { say: 'det er mørkt her tenn lyset', intent: 'iot_hue_lighton' },
  { say: 'lys på i stua', intent: 'iot_hue_lighton' },
  { say: 'slå av lyset på badet', intent: 'iot_hue_lightoff' },
  { say: 'skru av alle lysene i første etasje', intent: 'iot_hue_lightoff' },
  { say: 'slukk lampa i gangen', intent: 'iot_hue_lightoff' },
  { say: 'demp lyset i stua', intent: 'iot_hue_lightdim' },
  { say: 'senk lysstyrken på soverommet til 20 prosent', intent: 'iot_hue_lightdim' },
  { say: 'kan du gjøre det litt lysere her inne', intent: 'iot_hue_lightup' },
  { say: 'skru opp lysstyrken på kjøkkenet', intent: 'iot_hue_lightup' },
  { say: 'gjør lyset i stua blått', intent: 'iot_hue_lightchange' },
  { say: 'endre fargen på lampa til rød', intent: 'iot_hue_lightchange' },
  { say: 'sett en timer på 10 minutter', intent: 'alarm_set' },
  { say: 'start en nedtelling på 25 minutter til pizzaen', intent: 'alarm_set' },
  { say: 'vekk meg klokka halv 7 i morgen', intent: 'alarm_set' },
  { say: 'legg til melk på handlelista', intent: 'lists_createoradd' },
  { say: 'skriv opp egg og brød på handlelista', intent: 'lists_createoradd' },
  { say: 'skru opp volumet', intent: 'audio_volume_up' },
  { say: 'skru ned lyden litt', intent: 'audio_volume_down' },
  { say: 'slå av lyden', intent: 'audio_volume_mute' },
  { say: 'legg inn tannlegetime i kalenderen på fredag klokka 15', intent: 'calendar_set' },
  { say: 'blir det regn i morgen', intent: 'weather_query' },
  { say: 'hva er klokka', intent: 'datetime_query' },
];

export default cases;
