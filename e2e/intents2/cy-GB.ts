// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'rho\'r golau ymlaen yn y gegin', intent: 'iot_hue_lighton' },
  { say: 'mae\'n dywyll yma tro\'r golau ymlaen', intent: 'iot_hue_lighton' },
  { say: 'alli di roi\'r lamp ymlaen yn y lolfa', intent: 'iot_hue_lighton' },
  { say: 'cynna\'r golau yn y llofft', intent: 'iot_hue_lighton', note: 'llofft = bedroom / upstairs' },
  { say: 'diffodd y goleuadau i gyd', intent: 'iot_hue_lightoff' },
  { say: 'tro\'r golau i ffwrdd yn y cyntedd', intent: 'iot_hue_lightoff' },
  { say: 'wnei di ddiffodd golau\'r stafell ymolchi', intent: 'iot_hue_lightoff' },
  { say: 'pyla\'r golau ychydig', intent: 'iot_hue_lightdim' },
  { say: 'tro\'r golau i lawr i 20 y cant', intent: 'iot_hue_lightdim' },
  { say: 'gwna\'r golau\'n fwy llachar', intent: 'iot_hue_lightup' },
  { say: 'tro\'r golau i fyny yn y lolfa', intent: 'iot_hue_lightup' },
  { say: 'newid lliw\'r golau i las', intent: 'iot_hue_lightchange' },
  { say: 'gwna\'r golau\'n goch', intent: 'iot_hue_lightchange' },
  { say: 'gosod amserydd am ddeg munud i\'r tatws', intent: 'alarm_set', note: 'for the potatoes' },
  { say: 'gosod timer am 25 munud er mwyn i fi gael hoe fach', intent: 'alarm_set', note: 'so I can have a little rest' },
  { say: 'deffra fi am hanner awr wedi chwech bore fory', intent: 'alarm_set' },
  { say: 'ychwanega laeth at y rhestr siopa', intent: 'lists_createoradd' },
  { say: 'rho fara ac wyau ar y rhestr siopa', intent: 'lists_createoradd' },
  { say: 'coda\'r sain', intent: 'audio_volume_up' },
  { say: 'tro\'r sŵn i lawr ychydig', intent: 'audio_volume_down' },
  { say: 'distewa\'r sain', intent: 'audio_volume_mute', note: 'silence the sound' },
  { say: 'rho apwyntiad deintydd yn y calendr ddydd iau am dri o\'r gloch', intent: 'calendar_set' },
  { say: 'ydy hi\'n mynd i fwrw glaw fory', intent: 'weather_query' },
  { say: 'faint o\'r gloch ydy hi', intent: 'datetime_query' },
];

export default cases;
