// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'چراغ آشپزخونه رو روشن کن', intent: 'iot_hue_lighton' },
  { say: 'اینجا خیلی تاریکه یه چراغ روشن کن', intent: 'iot_hue_lighton' },
  { say: 'میشه لطفا چراغای پذیرایی رو روشن کنی', intent: 'iot_hue_lighton' },
  { say: 'لامپ اتاق خوابو روشن کن', intent: 'iot_hue_lighton' },
  { say: 'چراغا رو خاموش کن', intent: 'iot_hue_lightoff' },
  { say: 'میخوام بخوابم چراغ اتاقو خاموش کن', intent: 'iot_hue_lightoff' },
  { say: 'لطفا لامپ دستشویی رو خاموش کن', intent: 'iot_hue_lightoff' },
  { say: 'نور چراغو یه کم کم کن', intent: 'iot_hue_lightdim' },
  { say: 'نور پذیرایی رو بذار روی بیست درصد', intent: 'iot_hue_lightdim' },
  { say: 'نور اتاق رو زیادتر کن', intent: 'iot_hue_lightup' },
  { say: 'میشه چراغ آشپزخونه رو پرنورتر کنی', intent: 'iot_hue_lightup' },
  { say: 'رنگ چراغو آبی کن', intent: 'iot_hue_lightchange' },
  { say: 'رنگ نور اتاق خواب رو بکن قرمز', intent: 'iot_hue_lightchange' },
  { say: 'یه تایمر بیست دقیقه ای بذار میخوام چرت بزنم', intent: 'alarm_set', note: 'timer for a nap' },
  { say: 'برای دم کشیدن برنج تایمر ۴۵ دقیقه بذار', intent: 'alarm_set', note: 'timer for steaming rice' },
  { say: 'فردا ساعت شش و نیم صبح بیدارم کن', intent: 'alarm_set' },
  { say: 'شیر و نون رو به لیست خرید اضافه کن', intent: 'lists_createoradd' },
  { say: 'زنگ زدن به لوله کش رو بنویس تو لیست کارام', intent: 'lists_createoradd', note: 'call the plumber, on my to-do list' },
  { say: 'صداشو بلندتر کن', intent: 'audio_volume_up' },
  { say: 'صدای اسپیکرو یه ذره بیار پایین', intent: 'audio_volume_down' },
  { say: 'اسپیکرو بی صدا کن', intent: 'audio_volume_mute' },
  { say: 'پنجشنبه ساعت چهار بعد از ظهر وقت دکتر دندون دارم تو تقویمم بذارش', intent: 'calendar_set' },
  { say: 'فردا هوا چطوره', intent: 'weather_query' },
  { say: 'ساعت چنده', intent: 'datetime_query' },
];

export default cases;
