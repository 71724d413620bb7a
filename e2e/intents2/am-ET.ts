// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'የኩሽናውን መብራት አብራ', intent: 'iot_hue_lighton' },
  { say: 'እዚህ በጣም ጨለማ ነው መብራቱን አብራልኝ', intent: 'iot_hue_lighton' },
  { say: 'እባክህ የመኝታ ቤቱን መብራት አብራው', intent: 'iot_hue_lighton' },
  { say: 'የሳሎኑን መብራት ታበራልኛለህ', intent: 'iot_hue_lighton', note: 'polite "will you turn on the living-room light for me"' },
  { say: 'መብራቱን አጥፋ', intent: 'iot_hue_lightoff' },
  { say: 'ልተኛ ነው የክፍሉን መብራት አጥፋልኝ', intent: 'iot_hue_lightoff' },
  { say: 'ሁሉንም መብራቶች አጥፋቸው', intent: 'iot_hue_lightoff' },
  { say: 'የመብራቱን ብርሃን ትንሽ ቀንስ', intent: 'iot_hue_lightdim' },
  { say: 'የሳሎኑን መብራት ወደ ሃያ በመቶ ዝቅ አድርገው', intent: 'iot_hue_lightdim' },
  { say: 'የመብራቱን ብርሃን ጨምር', intent: 'iot_hue_lightup' },
  { say: 'የኩሽናውን መብራት የበለጠ ብሩህ አድርገው', intent: 'iot_hue_lightup' },
  { say: 'የመብራቱን ቀለም ወደ ሰማያዊ ቀይር', intent: 'iot_hue_lightchange' },
  { say: 'የመኝታ ቤቱን መብራት ቀለም አረንጓዴ አድርገው', intent: 'iot_hue_lightchange' },
  { say: 'ትንሽ ላርፍ ነው ለሃያ ደቂቃ ታይመር አዘጋጅ', intent: 'alarm_set', note: 'timer for a short rest' },
  { say: 'ቡና እያፈላሁ ነው የ5 ደቂቃ ሰዓት ቆጣሪ አዘጋጅልኝ', intent: 'alarm_set', note: 'brewing coffee; sead qotari = timer' },
  { say: 'ነገ ጠዋት አንድ ሰዓት ተኩል ላይ ቀስቅሰኝ', intent: 'alarm_set', note: 'Ethiopian clock: 1:30 in the morning = 7:30 am' },
  { say: 'በገበያ ዝርዝሩ ላይ ወተትና ዳቦ ጨምር', intent: 'lists_createoradd' },
  { say: 'ልብስ ማጠብን ወደ ሥራ ዝርዝሬ ጨምር', intent: 'lists_createoradd', note: 'add washing clothes to my to-do list' },
  { say: 'ድምፁን ከፍ አድርገው', intent: 'audio_volume_up' },
  { say: 'ድምፁን ትንሽ ቀንስ', intent: 'audio_volume_down' },
  { say: 'ድምፁን ለጊዜው አጥፋው', intent: 'audio_volume_mute', note: 'switch the sound off for now' },
  { say: 'ዓርብ ከሰዓት በኋላ ዘጠኝ ሰዓት የሐኪም ቀጠሮ በቀን መቁጠሪያዬ ላይ አስገባ', intent: 'calendar_set', note: 'Ethiopian clock: 9 in the afternoon = 3 pm' },
  { say: 'የዛሬው የአየር ሁኔታ እንዴት ነው', intent: 'weather_query' },
  { say: 'ስንት ሰዓት ነው', intent: 'datetime_query' },
];

export default cases;
