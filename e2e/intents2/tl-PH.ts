// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'buksan mo ang ilaw sa kusina', intent: 'iot_hue_lighton' },
  { say: 'ang dilim dito pakibukas ng ilaw', intent: 'iot_hue_lighton' },
  { say: 'pwede mo bang buksan ang lampara sa sala', intent: 'iot_hue_lighton' },
  { say: 'sindihan mo ang ilaw sa kwarto', intent: 'iot_hue_lighton' },
  { say: 'patayin mo lahat ng ilaw', intent: 'iot_hue_lightoff' },
  { say: 'pakipatay ng ilaw sa banyo', intent: 'iot_hue_lightoff' },
  { say: 'matutulog na ako patayin mo na ang ilaw sa kwarto', intent: 'iot_hue_lightoff' },
  { say: 'medyo hinaan mo ang ilaw', intent: 'iot_hue_lightdim', note: 'hinaan = make weaker/lower' },
  { say: 'ibaba mo ang liwanag ng ilaw sa 20 porsyento', intent: 'iot_hue_lightdim' },
  { say: 'paliwanagin mo pa ang ilaw sa sala', intent: 'iot_hue_lightup' },
  { say: 'taasan mo ang liwanag ng ilaw', intent: 'iot_hue_lightup' },
  { say: 'gawin mong asul ang ilaw', intent: 'iot_hue_lightchange' },
  { say: 'palitan mo ng pula ang kulay ng ilaw', intent: 'iot_hue_lightchange' },
  { say: 'magtimer ka ng sampung minuto para sa sinaing', intent: 'alarm_set', note: 'sinaing = rice on the stove' },
  { say: 'pakiset ng timer ng 30 minuto iidlip lang ako', intent: 'alarm_set', note: 'I will just take a nap' },
  { say: 'gisingin mo ako bukas ng alas sais y medya', intent: 'alarm_set', note: 'alas sais y medya = 6:30' },
  { say: 'idagdag mo ang gatas sa listahan ng bibilhin', intent: 'lists_createoradd' },
  { say: 'ilagay mo ang tinapay at itlog sa grocery list', intent: 'lists_createoradd' },
  { say: 'lakasan mo ang volume', intent: 'audio_volume_up' },
  { say: 'hinaan mo nang kaunti ang volume', intent: 'audio_volume_down' },
  { say: 'patahimikin mo ang speaker', intent: 'audio_volume_mute', note: 'make the speaker silent' },
  { say: 'ilagay mo sa kalendaryo ang dentista ko sa huwebes alas tres ng hapon', intent: 'calendar_set' },
  { say: 'uulan ba mamaya', intent: 'weather_query', note: 'will it rain later' },
  { say: 'anong oras na', intent: 'datetime_query' },
];

export default cases;
