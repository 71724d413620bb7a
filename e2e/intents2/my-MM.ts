// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'ဧည့်ခန်းမီးဖွင့်ပေး', intent: 'iot_hue_lighton' },
  { say: 'အရမ်းမှောင်နေတယ် မီးဖွင့်ပေးပါ', intent: 'iot_hue_lighton', note: '"it is very dark, please turn on the light"' },
  { say: 'မီးဖိုချောင်ထဲကမီးကိုဖွင့်လိုက်', intent: 'iot_hue_lighton' },
  { say: 'အိပ်ခန်းမီးလေးဖွင့်ပေးလို့ရမလား', intent: 'iot_hue_lighton', note: '"can you turn on the bedroom light"' },
  { say: 'မီးအားလုံးပိတ်လိုက်', intent: 'iot_hue_lightoff' },
  { say: 'ရေချိုးခန်းမီးပိတ်ပေးပါ', intent: 'iot_hue_lightoff' },
  { say: 'အိပ်တော့မယ် မီးပိတ်ပေး', intent: 'iot_hue_lightoff' },
  { say: 'မီးအလင်းနည်းနည်းလျှော့ပေး', intent: 'iot_hue_lightdim' },
  { say: 'ဧည့်ခန်းမီးကို အလင်း ၂၀ ရာခိုင်နှုန်းအထိလျှော့ပေး', intent: 'iot_hue_lightdim' },
  { say: 'မီးကိုပိုလင်းအောင်လုပ်ပေး', intent: 'iot_hue_lightup' },
  { say: 'စာကြည့်ခန်းမီးအလင်းမြှင့်ပေးပါ', intent: 'iot_hue_lightup' },
  { say: 'မီးကိုအပြာရောင်ပြောင်းပေး', intent: 'iot_hue_lightchange' },
  { say: 'အိပ်ခန်းမီးကိုအနီရောင်ပြောင်းလိုက်ပါ', intent: 'iot_hue_lightchange' },
  { say: 'ထမင်းအိုးတည်ထားတယ် မိနစ်နှစ်ဆယ်တိုင်မာပေးထား', intent: 'alarm_set', note: 'rice is cooking, 20 minute timer' },
  { say: 'သားလေးဂိမ်းဆော့မှာ နာရီဝက်တိုင်မာထားပေး', intent: 'alarm_set', note: 'son will play games, half-hour timer' },
  { say: 'မနက်ဖြန်မနက် ခြောက်နာရီခွဲ နှိုးပေး', intent: 'alarm_set', note: 'wake me at 6:30 tomorrow morning' },
  { say: 'ဈေးဝယ်စာရင်းထဲ ကြက်ဥနဲ့ငါးပိထည့်ပေး', intent: 'lists_createoradd', note: 'eggs and fish paste' },
  { say: 'လုပ်စရာစာရင်းထဲ မီတာခဆောင်ဖို့ထည့်ထား', intent: 'lists_createoradd', note: 'to-do: pay the electricity bill' },
  { say: 'အသံချဲ့ပေးပါ', intent: 'audio_volume_up' },
  { say: 'အသံကျယ်လွန်းတယ် လျှော့ပေး', intent: 'audio_volume_down', note: '"too loud, turn it down"' },
  { say: 'စပီကာအသံပိတ်ထားလိုက်', intent: 'audio_volume_mute' },
  { say: 'သောကြာနေ့ ညနေလေးနာရီ ဆရာဝန်နဲ့ချိန်းထားတာ ပြက္ခဒိန်ထဲထည့်ပေး', intent: 'calendar_set' },
  { say: 'ဒီနေ့ မိုးရွာမလား', intent: 'weather_query' },
  { say: 'အခု ဘယ်နှနာရီရှိပြီလဲ', intent: 'datetime_query' },
];

export default cases;
