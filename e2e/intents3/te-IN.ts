// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'వంటగదిలో లైట్ వేయి', intent: 'iot_hue_lighton', note: '"turn on the light in the kitchen"' },
  { say: 'ఇక్కడ చాలా చీకటిగా ఉంది దీపం వెయ్యి', intent: 'iot_hue_lighton', note: '"it is very dark here, turn on the lamp"' },
  { say: 'పడకగదిలో లైట్ ఆర్పేయి', intent: 'iot_hue_lightoff', note: '"turn off the light in the bedroom"' },
  { say: 'హాల్లో ఉన్న లైట్లన్నీ ఆఫ్ చేయి', intent: 'iot_hue_lightoff', note: '"switch off all the lights in the hall"' },
  { say: 'డైనింగ్ రూమ్ లో లైట్ వెలుతురు కొంచెం తగ్గించు', intent: 'iot_hue_lightdim', note: '"lower the light brightness in the dining room a little"' },
  { say: 'పూజ గదిలో లైట్ వెలుతురు పెంచు', intent: 'iot_hue_lightup', note: '"increase the light brightness in the prayer room"' },
  { say: 'బెడ్రూమ్ లైట్ ని ఎరుపు రంగులోకి మార్చు', intent: 'iot_hue_lightchange', note: '"change the bedroom light to red"' },
  { say: 'రోబో వాక్యూమ్ తో హాల్ శుభ్రం చేయి', intent: 'iot_cleaning', note: '"clean the hall with the robot vacuum"' },
  { say: 'నాకు ఒక కాఫీ పెట్టు', intent: 'iot_coffee', note: '"make me a coffee"' },
  { say: 'ఫ్యాన్ ప్లగ్ ఆన్ చేయి', intent: 'iot_wemo_on', note: '"switch on the fan plug"' },
  { say: 'టీవీ సాకెట్ ఆఫ్ చేయి', intent: 'iot_wemo_off', note: '"switch off the TV socket"' },
  { say: 'రేపు పొద్దున ఆరు గంటలకి అలారం పెట్టు', intent: 'alarm_set', note: '"set an alarm for six tomorrow morning"' },
  { say: 'పది నిమిషాలకి టైమర్ పెట్టు', intent: 'alarm_set', note: '"set a timer for ten minutes"' },
  { say: 'నా అలారం ఎన్ని గంటలకి పెట్టి ఉంది', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'రేపటి అలారం తీసేయి', intent: 'alarm_remove', note: '"remove tomorrow’s alarm"' },
  { say: 'వాల్యూమ్ పెంచు', intent: 'audio_volume_up', note: '"turn the volume up"' },
  { say: 'సౌండ్ కొంచెం తగ్గించు', intent: 'audio_volume_down', note: '"turn the sound down a bit"' },
  { say: 'సౌండ్ మ్యూట్ చేయి', intent: 'audio_volume_mute', note: '"mute the sound"' },
  { say: 'బాలు పాటలు పెట్టు', intent: 'play_music', note: '"play S P Balu songs"' },
  { say: 'రేడియో మిర్చి పెట్టు', intent: 'play_radio', note: '"put on Radio Mirchi"' },
  { say: 'రేపు హైదరాబాద్ లో వాతావరణం ఎలా ఉంటుంది', intent: 'weather_query', note: '"what will the weather be like in Hyderabad tomorrow"' },
  { say: 'ఇప్పుడు టైం ఎంత', intent: 'datetime_query', note: '"what time is it now"' },
  { say: 'షాపింగ్ లిస్ట్ లో పాలు గుడ్లు చేర్చు', intent: 'lists_createoradd', note: '"add milk and eggs to the shopping list"' },
  { say: 'గురువారం మధ్యాహ్నం మూడు గంటలకి మీటింగ్ క్యాలెండర్ లో పెట్టు', intent: 'calendar_set', note: '"put a meeting in the calendar on Thursday at three pm"' },
];

export default cases;
