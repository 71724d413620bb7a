// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'tænd lyset i køkkenet', intent: 'iot_hue_lighton' },
  { say: 'kan du tænde lampen i soveværelset tak', intent: 'iot_hue_lighton' },
  { say: 'det er mørkt herinde tænd lyset', intent: 'iot_hue_lighton' },
  { say: 'slå lyset til i stuen', intent: 'iot_hue_lighton' },
  { say: 'sluk lyset på badeværelset', intent: 'iot_hue_lightoff' },
  { say: 'sluk alle lamper nedenunder', intent: 'iot_hue_lightoff' },
  { say: 'slå lyset fra i gangen', intent: 'iot_hue_lightoff' },
  { say: 'dæmp lyset i stuen', intent: 'iot_hue_lightdim' },
  { say: 'skru ned for lysstyrken i soveværelset til 20 procent', intent: 'iot_hue_lightdim' },
  { say: 'kan du gøre det lidt lysere herinde', intent: 'iot_hue_lightup' },
  { say: 'skru op for lyset i køkkenet', intent: 'iot_hue_lightup' },
  { say: 'gør lyset i stuen blåt', intent: 'iot_hue_lightchange' },
  { say: 'skift farven på lampen til rød', intent: 'iot_hue_lightchange' },
  { say: 'sæt en timer på 10 minutter', intent: 'alarm_set' },
  { say: 'start en timer på 25 minutter til pizzaen', intent: 'alarm_set' },
  { say: 'væk mig i morgen klokken halv 7', intent: 'alarm_set' },
  { say: 'tilføj mælk til indkøbslisten', intent: 'lists_createoradd' },
  { say: 'skriv æg og brød på indkøbslisten', intent: 'lists_createoradd' },
  { say: 'skru op for lyden', intent: 'audio_volume_up' },
  { say: 'skru lidt ned for lyden', intent: 'audio_volume_down' },
  { say: 'slå lyden fra', intent: 'audio_volume_mute' },
  { say: 'sæt en tandlægetid i kalenderen på fredag klokken 15', intent: 'calendar_set' },
  { say: 'bliver det regnvejr i morgen', intent: 'weather_query' },
  { say: 'hvad er klokken', intent: 'datetime_query' },
];

export default cases;
