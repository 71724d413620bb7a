// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'kveiktu ljósið í eldhúsinu', intent: 'iot_hue_lighton' },
  { say: 'það er orðið dimmt hérna kveiktu á ljósinu', intent: 'iot_hue_lighton' },
  { say: 'geturðu kveikt á lampanum í stofunni', intent: 'iot_hue_lighton' },
  { say: 'kveiktu ljósin inni í svefnherbergi takk', intent: 'iot_hue_lighton' },
  { say: 'slökktu öll ljósin', intent: 'iot_hue_lightoff' },
  { say: 'slökktu á ljósinu á ganginum', intent: 'iot_hue_lightoff' },
  { say: 'viltu slökkva ljósið á baðherberginu', intent: 'iot_hue_lightoff' },
  { say: 'dempaðu ljósin aðeins', intent: 'iot_hue_lightdim' },
  { say: 'lækkaðu birtuna í tuttugu prósent', intent: 'iot_hue_lightdim' },
  { say: 'hækkaðu birtuna á ljósunum í stofunni', intent: 'iot_hue_lightup' },
  { say: 'geturðu gert ljósið bjartara', intent: 'iot_hue_lightup' },
  { say: 'gerðu ljósið í stofunni grænt', intent: 'iot_hue_lightchange' },
  { say: 'breyttu litnum á ljósunum í bláan', intent: 'iot_hue_lightchange' },
  { say: 'settu tímamæli á 25 mínútur ég ætla að leggja mig', intent: 'alarm_set', note: '"leggja sig" = take a nap' },
  { say: 'stilltu tímamæli á fjórar mínútur fyrir eggin', intent: 'alarm_set' },
  { say: 'vektu mig klukkan hálf sjö í fyrramálið', intent: 'alarm_set', note: 'hálf sjö = 6:30' },
  { say: 'settu mjólk á innkaupalistann', intent: 'lists_createoradd' },
  { say: 'bættu brauði og eggjum við innkaupalistann', intent: 'lists_createoradd' },
  { say: 'hækkaðu í tónlistinni', intent: 'audio_volume_up' },
  { say: 'lækkaðu aðeins í hátalaranum', intent: 'audio_volume_down' },
  { say: 'þaggaðu niður í hátalaranum', intent: 'audio_volume_mute', note: 'silence the speaker' },
  { say: 'settu tíma hjá tannlækni í dagatalið á fimmtudaginn klukkan þrjú', intent: 'calendar_set', note: '"tími" here = appointment' },
  { say: 'hvernig verður veðrið á morgun', intent: 'weather_query' },
  { say: 'hvað er klukkan', intent: 'datetime_query' },
];

export default cases;
