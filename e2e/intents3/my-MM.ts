// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'မီးဖိုချောင်မီးဖွင့်ပေး', intent: 'iot_hue_lighton', note: '"turn on the kitchen light"' },
  { say: 'ဒီမှာအရမ်းမှောင်နေတယ်မီးအိမ်လေးဖွင့်ပေးပါ', intent: 'iot_hue_lighton', note: '"it is very dark here, please turn on the lamp"' },
  { say: 'အိပ်ခန်းမီးပိတ်ပေး', intent: 'iot_hue_lightoff', note: '"turn off the bedroom light"' },
  { say: 'ဧည့်ခန်းကမီးတွေအကုန်ပိတ်လိုက်', intent: 'iot_hue_lightoff', note: '"turn off all the lights in the living room"' },
  { say: 'စားခန်းမီးကိုနည်းနည်းမှိန်ပေး', intent: 'iot_hue_lightdim', note: '"dim the dining room light a little"' },
  { say: 'ရေချိုးခန်းမီးကိုပိုလင်းအောင်လုပ်ပေး', intent: 'iot_hue_lightup', note: '"make the bathroom light brighter"' },
  { say: 'မီးအရောင်ကိုအပြာရောင်ပြောင်းပေး', intent: 'iot_hue_lightchange', note: '"change the light colour to blue"' },
  { say: 'စက်ရုပ်ဖုန်စုပ်စက်နဲ့ဧည့်ခန်းကိုသန့်ရှင်းရေးလုပ်ပေး', intent: 'iot_cleaning', note: '"clean the living room with the robot vacuum"' },
  { say: 'ကော်ဖီတစ်ခွက်ဖျော်ပေး', intent: 'iot_coffee', note: '"make a cup of coffee"' },
  { say: 'ပန်ကာပလပ်ကိုဖွင့်ပေး', intent: 'iot_wemo_on', note: '"switch on the fan plug"' },
  { say: 'တီဗီပလပ်ပေါက်ကိုပိတ်ပေး', intent: 'iot_wemo_off', note: '"switch off the TV socket"' },
  { say: 'မနက်ဖြန်မနက်ခြောက်နာရီနှိုးစက်ချိန်ပေး', intent: 'alarm_set', note: '"set the alarm for six tomorrow morning"' },
  { say: 'ဆယ်မိနစ်တိုင်မာချိန်ပေး', intent: 'alarm_set', note: '"set a ten minute timer"' },
  { say: 'ငါ့နှိုးစက်ကဘယ်နှစ်နာရီချိန်ထားလဲ', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'မနက်ဖြန်အတွက်နှိုးစက်ကိုဖျက်လိုက်', intent: 'alarm_remove', note: '"delete the alarm for tomorrow"' },
  { say: 'အသံချဲ့ပေး', intent: 'audio_volume_up', note: '"turn the volume up"' },
  { say: 'အသံနည်းနည်းလျှော့ပေး', intent: 'audio_volume_down', note: '"turn the volume down a bit"' },
  { say: 'အသံလုံးဝပိတ်ထား', intent: 'audio_volume_mute', note: '"turn the sound off completely (mute)"' },
  { say: 'လေးဖြူသီချင်းဖွင့်ပေး', intent: 'play_music', note: '"play a Lay Phyu song"' },
  { say: 'ရွှေအက်ဖ်အမ်ရေဒီယိုဖွင့်ပေး', intent: 'play_radio', note: '"put on Shwe FM radio"' },
  { say: 'မနက်ဖြန်ရန်ကုန်မှာရာသီဥတုဘယ်လိုလဲ', intent: 'weather_query', note: '"what will the weather be like in Yangon tomorrow"' },
  { say: 'အခုဘယ်နှစ်နာရီရှိပြီလဲ', intent: 'datetime_query', note: '"what time is it now"' },
  { say: 'ဈေးဝယ်စာရင်းထဲကိုကြက်ဥနဲ့ဆန်ထည့်ပေး', intent: 'lists_createoradd', note: '"add eggs and rice to the shopping list"' },
  { say: 'ကြာသပတေးနေ့ညနေလေးနာရီအစည်းအဝေးကိုပြက္ခဒိန်ထဲထည့်ပေး', intent: 'calendar_set', note: '"put a meeting on Thursday at four pm into the calendar"' },
];

export default cases;
