// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'چراغ پذیرایی رو روشن کن', intent: 'iot_hue_lighton' },
  { say: 'اینجا خیلی تاریکه لامپ رو روشن کن', intent: 'iot_hue_lighton', note: '"it\'s very dark here, turn the lamp on"' },
  { say: 'چراغ آشپزخونه رو خاموش کن', intent: 'iot_hue_lightoff' },
  { say: 'همه چراغای اتاق خواب رو خاموش کن', intent: 'iot_hue_lightoff' },
  { say: 'نور هال رو یه کم کمتر کن', intent: 'iot_hue_lightdim', note: '"make the hall light a bit lower"' },
  { say: 'نور اتاق کار رو بیشتر کن', intent: 'iot_hue_lightup', note: '"make the study light brighter"' },
  { say: 'رنگ چراغ اتاق خواب رو قرمز کن', intent: 'iot_hue_lightchange' },
  { say: 'با جاروی رباتی هال رو جارو کن', intent: 'iot_cleaning', note: '"vacuum the hall with the robot vacuum"' },
  { say: 'با قهوه‌ساز یه قهوه برام درست کن', intent: 'iot_coffee' },
  { say: 'پریز هوشمند پنکه رو روشن کن', intent: 'iot_wemo_on' },
  { say: 'پریز هوشمند بخاری رو خاموش کن', intent: 'iot_wemo_off' },
  { say: 'یه آلارم برای فردا ساعت شیش و نیم صبح بذار', intent: 'alarm_set' },
  { say: 'یه تایمر پونزده دقیقه‌ای بذار', intent: 'alarm_set' },
  { say: 'چه آلارمایی گذاشتم', intent: 'alarm_query' },
  { say: 'آلارم ساعت 7 رو پاک کن', intent: 'alarm_remove' },
  { say: 'صدا رو زیاد کن', intent: 'audio_volume_up' },
  { say: 'صدا رو یه ذره کم کن', intent: 'audio_volume_down' },
  { say: 'صدا رو قطع کن', intent: 'audio_volume_mute', note: '"mute the sound"' },
  { say: 'یه آهنگ از محسن یگانه بذار', intent: 'play_music' },
  { say: 'رادیو پیام رو روشن کن', intent: 'play_radio', note: '"turn on Radio Payam"' },
  { say: 'فردا هوای تهران چطوره', intent: 'weather_query' },
  { say: 'امروز چندمه', intent: 'datetime_query', note: '"what\'s today\'s date"' },
  { say: 'نون و ماست رو به لیست خرید اضافه کن', intent: 'lists_createoradd' },
  { say: 'یه قرار با دندونپزشک برای سه‌شنبه ساعت چهار بعدازظهر تو تقویمم بذار', intent: 'calendar_set' },
];

export default cases;
