// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'کمرے کی لائٹ جلا دو', intent: 'iot_hue_lighton' },
  { say: 'یہاں بہت اندھیرا ہے بتی جلا دو', intent: 'iot_hue_lighton', note: '"it\'s very dark here, put the light on"' },
  { say: 'کچن کی لائٹ بند کر دو', intent: 'iot_hue_lightoff' },
  { say: 'ساری بتیاں بجھا دو', intent: 'iot_hue_lightoff' },
  { say: 'ڈرائنگ روم کی لائٹ تھوڑی مدھم کر دو', intent: 'iot_hue_lightdim' },
  { say: 'بیڈروم کی لائٹ تیز کر دو', intent: 'iot_hue_lightup' },
  { say: 'لاؤنج کی لائٹ کا رنگ نیلا کر دو', intent: 'iot_hue_lightchange' },
  { say: 'روبوٹ ویکیوم سے لاؤنج کی صفائی کروا دو', intent: 'iot_cleaning' },
  { say: 'کافی مشین سے ایک کپ کافی بنا دو', intent: 'iot_coffee' },
  { say: 'پنکھے والا سمارٹ پلگ آن کر دو', intent: 'iot_wemo_on' },
  { say: 'ہیٹر والا سمارٹ پلگ بند کر دو', intent: 'iot_wemo_off' },
  { say: 'کل صبح ساڑھے چار بجے کا الارم لگا دو', intent: 'alarm_set' },
  { say: 'پندرہ منٹ کا ٹائمر لگاؤ', intent: 'alarm_set' },
  { say: 'میرا کل کا الارم کتنے بجے کا ہے', intent: 'alarm_query' },
  { say: 'سات بجے والا الارم ہٹا دو', intent: 'alarm_remove' },
  { say: 'آواز تھوڑی اونچی کر دو', intent: 'audio_volume_up' },
  { say: 'آواز کم کرو', intent: 'audio_volume_down' },
  { say: 'میوٹ کر دو', intent: 'audio_volume_mute' },
  { say: 'عاطف اسلم کے گانے لگاؤ', intent: 'play_music' },
  { say: 'ریڈیو پر ایف ایم 100 لگا دو', intent: 'play_radio', note: '"put FM 100 on the radio"' },
  { say: 'آج لاہور میں موسم کیسا ہے', intent: 'weather_query' },
  { say: 'ابھی کیا ٹائم ہوا ہے', intent: 'datetime_query' },
  { say: 'سودے کی لسٹ میں دودھ اور انڈے ڈال دو', intent: 'lists_createoradd' },
  { say: 'جمعرات کو شام پانچ بجے ڈاکٹر سے ملاقات کیلنڈر میں ڈال دو', intent: 'calendar_set' },
];

export default cases;
