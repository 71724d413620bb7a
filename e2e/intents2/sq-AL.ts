// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'ndiz dritën në kuzhinë', intent: 'iot_hue_lighton' },
  { say: 'është errët këtu ndize dritën', intent: 'iot_hue_lighton' },
  { say: 'a mund ta ndezësh llambën në dhomën e ndenjes', intent: 'iot_hue_lighton' },
  { say: 'hap dritat në dhomën e gjumit', intent: 'iot_hue_lighton', note: '"open the lights" = turn them on (colloquial)' },
  { say: 'fik të gjitha dritat', intent: 'iot_hue_lightoff' },
  { say: 'mbyll dritën në korridor', intent: 'iot_hue_lightoff', note: '"close the light" = turn it off (colloquial)' },
  { say: 'të lutem fike dritën e banjës', intent: 'iot_hue_lightoff' },
  { say: 'ule pak ndriçimin', intent: 'iot_hue_lightdim' },
  { say: 'ul ndriçimin në njëzet përqind', intent: 'iot_hue_lightdim' },
  { say: 'bëje dritën më të ndritshme', intent: 'iot_hue_lightup' },
  { say: 'rrite pak ndriçimin në sallon', intent: 'iot_hue_lightup' },
  { say: 'ndrysho ngjyrën e dritës në blu', intent: 'iot_hue_lightchange' },
  { say: 'bëje dritën jeshile', intent: 'iot_hue_lightchange' },
  { say: 'vendos kohëmatësin për dhjetë minuta për makaronat', intent: 'alarm_set' },
  { say: 'më vendos një timer për 30 minuta se dua të fle pak', intent: 'alarm_set' },
  { say: 'më zgjo nesër në orën gjashtë e gjysmë', intent: 'alarm_set' },
  { say: 'shto qumësht në listën e blerjeve', intent: 'lists_createoradd' },
  { say: 'shto bukë dhe vezë në listën e pazarit', intent: 'lists_createoradd' },
  { say: 'ngrije zërin', intent: 'audio_volume_up' },
  { say: 'ule pak zërin', intent: 'audio_volume_down' },
  { say: 'hiqe zërin fare', intent: 'audio_volume_mute', note: 'take the sound away completely = mute' },
  { say: 'shëno në kalendar takimin me dentistin të enjten në orën tre', intent: 'calendar_set' },
  { say: 'si do të jetë moti nesër', intent: 'weather_query' },
  { say: 'sa është ora', intent: 'datetime_query' },
];

export default cases;
