// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'کچن کی لائٹ آن کر دو', intent: 'iot_hue_lighton' },
  { say: 'یہاں بہت اندھیرا ہے بتی جلا دو', intent: 'iot_hue_lighton' },
  { say: 'براہ مہربانی بیڈروم کی لائٹ جلا دیں', intent: 'iot_hue_lighton' },
  { say: 'ڈرائنگ روم کی بتیاں آن کر دیں', intent: 'iot_hue_lighton' },
  { say: 'ساری لائٹس بند کر دو', intent: 'iot_hue_lightoff' },
  { say: 'میں سونے لگا ہوں کمرے کی بتی بجھا دو', intent: 'iot_hue_lightoff' },
  { say: 'باتھ روم کی لائٹ آف کر دیں', intent: 'iot_hue_lightoff' },
  { say: 'لائٹ تھوڑی مدھم کر دو', intent: 'iot_hue_lightdim' },
  { say: 'لاؤنج کی روشنی بیس فیصد پر کر دو', intent: 'iot_hue_lightdim' },
  { say: 'روشنی تھوڑی تیز کر دو', intent: 'iot_hue_lightup' },
  { say: 'کمرے کی لائٹ کی برائٹنس بڑھا دیں', intent: 'iot_hue_lightup' },
  { say: 'لائٹ کا رنگ نیلا کر دو', intent: 'iot_hue_lightchange' },
  { say: 'بیڈروم کی لائٹ سبز کر دیں', intent: 'iot_hue_lightchange' },
  { say: 'بچوں کے کھیلنے کے لیے آدھے گھنٹے کا ٹائمر لگا دو', intent: 'alarm_set', note: 'half-hour timer for the kids\' playtime' },
  { say: 'انڈے ابالنے ہیں ۸ منٹ کا ٹائمر سیٹ کر دو', intent: 'alarm_set', note: 'boiling eggs' },
  { say: 'کل صبح ساڑھے چھ بجے مجھے اٹھا دینا', intent: 'alarm_set' },
  { say: 'شاپنگ لسٹ میں دودھ اور انڈے ڈال دو', intent: 'lists_createoradd' },
  { say: 'میرے کاموں کی لسٹ میں بجلی کا بل جمع کروانا شامل کر دو', intent: 'lists_createoradd', note: 'pay the electricity bill, on my to-do list' },
  { say: 'آواز اونچی کر دو', intent: 'audio_volume_up' },
  { say: 'والیوم تھوڑا کم کر دیں', intent: 'audio_volume_down' },
  { say: 'اسپیکر کو میوٹ کر دو', intent: 'audio_volume_mute' },
  { say: 'جمعہ کو شام پانچ بجے ڈاکٹر کی اپائنٹمنٹ کیلنڈر میں ڈال دو', intent: 'calendar_set' },
  { say: 'آج موسم کیسا رہے گا', intent: 'weather_query' },
  { say: 'آج تاریخ کیا ہے', intent: 'datetime_query' },
];

export default cases;
