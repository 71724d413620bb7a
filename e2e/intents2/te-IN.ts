// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'హాల్లో లైట్ వెయ్యి', intent: 'iot_hue_lighton' },
  { say: 'ఇక్కడ చాలా చీకటిగా ఉంది లైట్ వెయ్యి', intent: 'iot_hue_lighton', note: '"it is very dark here, put the light on"' },
  { say: 'కిచెన్ లైట్ ఆన్ చెయ్యి', intent: 'iot_hue_lighton' },
  { say: 'బెడ్ రూమ్ లో లైట్ ఆన్ చేయండి ప్లీజ్', intent: 'iot_hue_lighton' },
  { say: 'అన్ని లైట్లు ఆఫ్ చేసెయ్', intent: 'iot_hue_lightoff' },
  { say: 'బాల్కనీ లైట్ ఆర్పేయి', intent: 'iot_hue_lightoff' },
  { say: 'పడుకుంటున్నా లైట్ ఆపెయ్', intent: 'iot_hue_lightoff' },
  { say: 'లైట్ కొంచెం డిమ్ చెయ్యి', intent: 'iot_hue_lightdim' },
  { say: 'హాల్ లైట్ బ్రైట్నెస్ ఇరవై శాతానికి తగ్గించు', intent: 'iot_hue_lightdim' },
  { say: 'లైట్ ఇంకొంచెం బ్రైట్ గా చెయ్యి', intent: 'iot_hue_lightup' },
  { say: 'చదువుకునే గదిలో వెలుతురు పెంచు', intent: 'iot_hue_lightup' },
  { say: 'లైట్ రంగు నీలంగా మార్చు', intent: 'iot_hue_lightchange' },
  { say: 'బెడ్ రూమ్ లైట్ ని ఎరుపు రంగులోకి మార్చండి', intent: 'iot_hue_lightchange' },
  { say: 'ఫోన్ చార్జింగ్ పెట్టాను నలభై నిమిషాలకి టైమర్ పెట్టు', intent: 'alarm_set', note: 'phone is charging, 40 minute timer' },
  { say: 'పిల్లలు టీవీ చూస్తున్నారు అరగంట టైమర్ పెట్టు', intent: 'alarm_set', note: 'kids are watching TV, half-hour timer' },
  { say: 'రేపు పొద్దున ఆరున్నరకి నన్ను లేపు', intent: 'alarm_set', note: 'wake me at 6:30 tomorrow morning' },
  { say: 'పాలు గుడ్లు షాపింగ్ లిస్ట్ లో యాడ్ చెయ్యి', intent: 'lists_createoradd', note: 'milk and eggs' },
  { say: 'నా పనుల లిస్ట్ లో కరెంట్ బిల్లు కట్టాలి అని రాసుకో', intent: 'lists_createoradd', note: 'to-do: pay electricity bill' },
  { say: 'సౌండ్ కొంచెం పెంచు', intent: 'audio_volume_up' },
  { say: 'వాల్యూమ్ తగ్గించు మరీ గట్టిగా ఉంది', intent: 'audio_volume_down' },
  { say: 'స్పీకర్ మ్యూట్ చెయ్యి', intent: 'audio_volume_mute' },
  { say: 'శనివారం మధ్యాహ్నం మూడు గంటలకి డెంటిస్ట్ అపాయింట్మెంట్ క్యాలెండర్ లో పెట్టు', intent: 'calendar_set' },
  { say: 'బయట వాతావరణం ఎలా ఉంది', intent: 'weather_query' },
  { say: 'ఇప్పుడు టైం ఎంత అయింది', intent: 'datetime_query' },
];

export default cases;
