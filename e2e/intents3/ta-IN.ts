// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'சமையலறை லைட்டை போடு', intent: 'iot_hue_lighton', note: '"turn on the kitchen light"' },
  { say: 'இங்க ரொம்ப இருட்டா இருக்கு விளக்கை போடு', intent: 'iot_hue_lighton', note: '"it is very dark here, turn on the lamp"' },
  { say: 'படுக்கை அறை லைட்டை அணை', intent: 'iot_hue_lightoff', note: '"turn off the bedroom light"' },
  { say: 'ஹால்ல இருக்கிற எல்லா லைட்டையும் ஆஃப் பண்ணு', intent: 'iot_hue_lightoff', note: '"switch off all the lights in the hall"' },
  { say: 'பூஜை அறை விளக்கோட வெளிச்சத்தை கொஞ்சம் குறை', intent: 'iot_hue_lightdim', note: '"lower the brightness of the prayer room lamp a little"' },
  { say: 'படிக்கிற ரூம்ல வெளிச்சத்தை அதிகமாக்கு', intent: 'iot_hue_lightup', note: '"make the light in the study room brighter"' },
  { say: 'பெட்ரூம் லைட்டோட கலரை சிவப்பா மாத்து', intent: 'iot_hue_lightchange', note: '"change the bedroom light colour to red"' },
  { say: 'ரோபோ வேக்கும் கிளீனரை வச்சு ஹாலை சுத்தம் பண்ணு', intent: 'iot_cleaning', note: '"clean the hall with the robot vacuum cleaner"' },
  { say: 'எனக்கு ஒரு காபி போட்டு குடு', intent: 'iot_coffee', note: '"make me a coffee"' },
  { say: 'ஃபேனோட பிளக்கை ஆன் பண்ணு', intent: 'iot_wemo_on', note: '"switch on the fan plug"' },
  { say: 'டிவி சாக்கெட்டை ஆஃப் பண்ணு', intent: 'iot_wemo_off', note: '"switch off the TV socket"' },
  { say: 'நாளைக்கு காலைல ஆறு மணிக்கு அலாரம் வை', intent: 'alarm_set', note: '"set an alarm for six tomorrow morning"' },
  { say: 'பத்து நிமிஷத்துக்கு டைமர் வை', intent: 'alarm_set', note: '"set a timer for ten minutes"' },
  { say: 'நான் எத்தனை மணிக்கு அலாரம் வச்சிருக்கேன்', intent: 'alarm_query', note: '"what time have I set the alarm for"' },
  { say: 'ஏழு மணி அலாரத்தை கேன்சல் பண்ணு', intent: 'alarm_remove', note: '"cancel the seven o’clock alarm"' },
  { say: 'வால்யூமை கொஞ்சம் ஏத்து', intent: 'audio_volume_up', note: '"turn the volume up a bit"' },
  { say: 'சத்தத்தை குறை', intent: 'audio_volume_down', note: '"lower the sound"' },
  { say: 'சவுண்டை மியூட் பண்ணு', intent: 'audio_volume_mute', note: '"mute the sound"' },
  { say: 'இளையராஜா பாட்டு போடு', intent: 'play_music', note: '"play Ilaiyaraaja songs"' },
  { say: 'சூரியன் எஃப்எம் போடு', intent: 'play_radio', note: '"put on Suryan FM"' },
  { say: 'நாளைக்கு சென்னையில மழை பெய்யுமா', intent: 'weather_query', note: '"will it rain in Chennai tomorrow"' },
  { say: 'இப்போ மணி என்ன', intent: 'datetime_query', note: '"what time is it now"' },
  { say: 'ஷாப்பிங் லிஸ்ட்ல தக்காளியும் வெங்காயமும் சேர்த்துடு', intent: 'lists_createoradd', note: '"add tomatoes and onions to the shopping list"' },
  { say: 'வெள்ளிக்கிழமை சாயங்காலம் நாலு மணிக்கு டாக்டர் அப்பாயின்ட்மென்ட்டை காலண்டர்ல சேர்', intent: 'calendar_set', note: '"add the doctor appointment on Friday at four pm to the calendar"' },
];

export default cases;
