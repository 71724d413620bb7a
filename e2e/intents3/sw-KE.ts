// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'washa taa ya sebuleni', intent: 'iot_hue_lighton' },
  { say: 'kuna giza humu tafadhali washa taa', intent: 'iot_hue_lighton', note: '"it\'s dark in here, please turn the light on"' },
  { say: 'zima taa ya jikoni', intent: 'iot_hue_lightoff' },
  { say: 'zima taa zote za chumbani', intent: 'iot_hue_lightoff' },
  { say: 'punguza mwanga wa taa za sebuleni', intent: 'iot_hue_lightdim' },
  { say: 'ongeza mwangaza wa taa ya chumba cha kusomea', intent: 'iot_hue_lightup' },
  { say: 'badilisha rangi ya taa ya chumbani iwe kijani', intent: 'iot_hue_lightchange' },
  { say: 'washa roboti ya kufagia isafishe sebule', intent: 'iot_cleaning' },
  { say: 'nitengenezee kahawa kwa mashine ya kahawa', intent: 'iot_coffee' },
  { say: 'washa soketi ya feni', intent: 'iot_wemo_on', note: '"switch on the (smart) socket for the fan"' },
  { say: 'zima soketi ya hita ya maji', intent: 'iot_wemo_off', note: '"switch off the water heater socket"' },
  { say: 'weka kengele saa kumi na mbili asubuhi kesho', intent: 'alarm_set', note: '"set an alarm for 6 am tomorrow"' },
  { say: 'weka kipima muda cha dakika 10', intent: 'alarm_set' },
  { say: 'kengele yangu ya kesho ni saa ngapi', intent: 'alarm_query' },
  { say: 'futa kengele ya saa moja asubuhi', intent: 'alarm_remove' },
  { say: 'ongeza sauti', intent: 'audio_volume_up' },
  { say: 'punguza sauti kidogo', intent: 'audio_volume_down' },
  { say: 'nyamazisha sauti', intent: 'audio_volume_mute' },
  { say: 'cheza nyimbo za otile brown', intent: 'play_music' },
  { say: 'fungua redio citizen', intent: 'play_radio' },
  { say: 'hali ya hewa itakuwaje nairobi kesho', intent: 'weather_query' },
  { say: 'leo ni tarehe ngapi', intent: 'datetime_query' },
  { say: 'ongeza unga na sukari kwenye orodha ya ununuzi', intent: 'lists_createoradd' },
  { say: 'weka miadi ya daktari kwenye kalenda jumatano saa nane mchana', intent: 'calendar_set', note: '"put a doctor\'s appointment in the calendar Wednesday 2 pm"' },
];

export default cases;
