// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'washa taa ya jikoni', intent: 'iot_hue_lighton' },
  { say: 'tafadhali unaweza kuwasha taa ya chumba cha kulala', intent: 'iot_hue_lighton' },
  { say: 'kuna giza hapa washa taa', intent: 'iot_hue_lighton' },
  { say: 'fungua taa za sebuleni', intent: 'iot_hue_lighton' },
  { say: 'zima taa ya bafuni', intent: 'iot_hue_lightoff' },
  { say: 'zima taa zote za chini', intent: 'iot_hue_lightoff' },
  { say: 'taa ya korido izime', intent: 'iot_hue_lightoff' },
  { say: 'punguza mwanga wa taa ya sebuleni', intent: 'iot_hue_lightdim' },
  { say: 'fifisha taa ya chumbani hadi asilimia 20', intent: 'iot_hue_lightdim' },
  { say: 'unaweza kuongeza mwanga humu ndani kidogo', intent: 'iot_hue_lightup' },
  { say: 'ongeza mwangaza wa taa ya jikoni', intent: 'iot_hue_lightup' },
  { say: 'badilisha taa ya sebuleni iwe ya bluu', intent: 'iot_hue_lightchange' },
  { say: 'weka rangi nyekundu kwenye taa', intent: 'iot_hue_lightchange' },
  { say: 'weka kipima muda cha dakika 10', intent: 'alarm_set' },
  { say: 'anzisha kipima muda cha dakika 25 kwa pizza', intent: 'alarm_set' },
  { say: 'niamshe kesho saa kumi na mbili asubuhi', intent: 'alarm_set' },
  { say: 'ongeza maziwa kwenye orodha ya manunuzi', intent: 'lists_createoradd' },
  { say: 'weka mayai na mkate kwenye orodha ya ununuzi', intent: 'lists_createoradd' },
  { say: 'ongeza sauti', intent: 'audio_volume_up' },
  { say: 'punguza sauti kidogo', intent: 'audio_volume_down' },
  { say: 'nyamazisha spika', intent: 'audio_volume_mute' },
  { say: 'weka miadi ya daktari wa meno kwenye kalenda ijumaa saa tisa alasiri', intent: 'calendar_set' },
  { say: 'kesho kutanyesha mvua', intent: 'weather_query' },
  { say: 'ni saa ngapi sasa', intent: 'datetime_query' },
];

export default cases;
