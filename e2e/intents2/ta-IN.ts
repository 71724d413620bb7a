// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'ஹால் லைட்டை போடு', intent: 'iot_hue_lighton' },
  { say: 'ரூம்ல ரொம்ப இருட்டா இருக்கு கொஞ்சம் லைட்ட போடுறியா', intent: 'iot_hue_lighton', note: '"very dark in the room, will you put the light on"' },
  { say: 'சமையலறை விளக்கை ஆன் பண்ணு', intent: 'iot_hue_lighton' },
  { say: 'பெட்ரூம் லைட் போடுங்க ப்ளீஸ்', intent: 'iot_hue_lighton' },
  { say: 'எல்லா லைட்டையும் அணைச்சிடு', intent: 'iot_hue_lightoff' },
  { say: 'பாத்ரூம் லைட்டை ஆஃப் பண்ணு', intent: 'iot_hue_lightoff' },
  { say: 'தூங்கப் போறேன் விளக்கை அணை', intent: 'iot_hue_lightoff' },
  { say: 'லைட்டை கொஞ்சம் டிம் பண்ணு', intent: 'iot_hue_lightdim' },
  { say: 'ஹால் லைட் வெளிச்சத்தை 30 சதவீதத்துக்கு குறை', intent: 'iot_hue_lightdim' },
  { say: 'வெளிச்சம் பத்தல லைட்டை இன்னும் பிரகாசமாக்கு', intent: 'iot_hue_lightup', note: '"the light is not enough, make it brighter"' },
  { say: 'படிக்கிற ரூம்ல வெளிச்சத்தை கூட்டு', intent: 'iot_hue_lightup' },
  { say: 'லைட்டை நீல கலருக்கு மாத்து', intent: 'iot_hue_lightchange' },
  { say: 'பெட்ரூம் விளக்கை சிவப்பு நிறமா மாத்துங்க', intent: 'iot_hue_lightchange' },
  { say: 'துணி ஊற வச்சிருக்கேன் இருபது நிமிஷத்துக்கு டைமர் வை', intent: 'alarm_set', note: 'clothes are soaking, 20 minute timer' },
  { say: 'யோகா பண்ணப் போறேன் அரை மணி நேரம் டைமர் செட் பண்ணு', intent: 'alarm_set' },
  { say: 'நாளைக் காலைல ஆறரை மணிக்கு என்னை எழுப்பு', intent: 'alarm_set', note: 'wake me at 6:30 tomorrow morning' },
  { say: 'மளிகை லிஸ்ட்ல அரிசியும் துவரம் பருப்பும் சேர்த்துடு', intent: 'lists_createoradd', note: 'grocery list: rice and toor dal' },
  { say: 'என் வேலை லிஸ்ட்ல கரண்ட் பில் கட்டணும்னு சேர்த்துடு', intent: 'lists_createoradd', note: 'to-do: pay electricity bill' },
  { say: 'வால்யூம் கொஞ்சம் கூட்டு', intent: 'audio_volume_up' },
  { say: 'சத்தம் ரொம்ப அதிகமா இருக்கு கொஞ்சம் குறை', intent: 'audio_volume_down', note: '"the sound is too loud, lower it a bit"' },
  { say: 'ஸ்பீக்கரை மியூட் பண்ணு', intent: 'audio_volume_mute' },
  { say: 'வெள்ளிக்கிழமை சாயங்காலம் அஞ்சு மணிக்கு டாக்டர் அப்பாயின்ட்மென்ட் இருக்கு காலெண்டர்ல சேர்த்துடு', intent: 'calendar_set' },
  { say: 'இன்னைக்கு மழை வருமா', intent: 'weather_query' },
  { say: 'இன்னைக்கு என்ன தேதி', intent: 'datetime_query' },
];

export default cases;
