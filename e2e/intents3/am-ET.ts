// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'የኩሽናውን መብራት አብራ', intent: 'iot_hue_lighton', note: '"turn on the kitchen light"' },
  { say: 'እዚህ በጣም ጨለማ ነው መብራቱን አብራው', intent: 'iot_hue_lighton', note: '"it is very dark here, turn on the light"' },
  { say: 'የመኝታ ቤቱን መብራት አጥፋ', intent: 'iot_hue_lightoff', note: '"turn off the bedroom light"' },
  { say: 'የሳሎኑን መብራቶች በሙሉ አጥፋ', intent: 'iot_hue_lightoff', note: '"turn off all the living room lights"' },
  { say: 'የኮሪደሩን መብራት ብርሃን ትንሽ ቀንስ', intent: 'iot_hue_lightdim', note: '"lower the hallway light brightness a little"' },
  { say: 'የመታጠቢያ ቤቱን መብራት ብርሃን ጨምር', intent: 'iot_hue_lightup', note: '"increase the bathroom light brightness"' },
  { say: 'የመብራቱን ቀለም ወደ ሰማያዊ ቀይር', intent: 'iot_hue_lightchange', note: '"change the light colour to blue"' },
  { say: 'ሳሎኑን በሮቦት ቫኪዩም አጽዳ', intent: 'iot_cleaning', note: '"clean the living room with the robot vacuum"' },
  { say: 'በቡና ማሽኑ አንድ ቡና አፍላልኝ', intent: 'iot_coffee', note: '"make me a coffee with the coffee machine"' },
  { say: 'የማራገቢያውን ሶኬት አብራ', intent: 'iot_wemo_on', note: '"turn on the fan socket"' },
  { say: 'የቴሌቪዥኑን ሶኬት አጥፋ', intent: 'iot_wemo_off', note: '"turn off the TV socket"' },
  { say: 'ነገ ጠዋት አስራ ሁለት ሰዓት ላይ አላርም ሙላልኝ', intent: 'alarm_set', note: '"set me an alarm tomorrow morning at twelve o’clock Ethiopian time (6 am)"' },
  { say: 'ለ10 ደቂቃ ታይመር ሙላልኝ', intent: 'alarm_set', note: '"set me a timer for 10 minutes"' },
  { say: 'አላርሜ ስንት ሰዓት ላይ ነው የተሞላው', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'የነገውን አላርም ሰርዝ', intent: 'alarm_remove', note: '"delete tomorrow’s alarm"' },
  { say: 'ድምፁን ጨምር', intent: 'audio_volume_up', note: '"turn the volume up"' },
  { say: 'ድምፁን ትንሽ ቀንስ', intent: 'audio_volume_down', note: '"turn the volume down a bit"' },
  { say: 'ድምፁን ሙሉ በሙሉ ዝጋው', intent: 'audio_volume_mute', note: '"shut the sound off completely (mute)"' },
  { say: 'የቴዲ አፍሮን ዘፈን ክፈትልኝ', intent: 'play_music', note: '"put on a Teddy Afro song"' },
  { say: 'ሸገር ኤፍኤም ሬዲዮ ክፈትልኝ', intent: 'play_radio', note: '"put on Sheger FM radio"' },
  { say: 'ነገ አዲስ አበባ የአየሩ ሁኔታ ምን ይመስላል', intent: 'weather_query', note: '"what will the weather be like in Addis Ababa tomorrow"' },
  { say: 'አሁን ስንት ሰዓት ነው', intent: 'datetime_query', note: '"what time is it now"' },
  { say: 'ወተትና ዳቦ በገበያ ዝርዝሬ ላይ ጨምር', intent: 'lists_createoradd', note: '"add milk and bread to my shopping list"' },
  { say: 'ሐሙስ ከሰዓት በኋላ ስምንት ሰዓት ላይ ስብሰባ በቀን መቁጠሪያዬ ላይ ያዝልኝ', intent: 'calendar_set', note: '"put a meeting in my calendar on Thursday afternoon at eight Ethiopian time (2 pm)"' },
];

export default cases;
