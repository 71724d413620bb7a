// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'അടുക്കളയിലെ ലൈറ്റ് ഇട്', intent: 'iot_hue_lighton', note: '"turn on the kitchen light"' },
  { say: 'ഇവിടെ ഭയങ്കര ഇരുട്ടാണ് ലാമ്പ് ഒന്ന് ഓൺ ആക്ക്', intent: 'iot_hue_lighton', note: '"it is really dark here, switch the lamp on"' },
  { say: 'ബെഡ്റൂമിലെ ലൈറ്റ് ഓഫ് ആക്ക്', intent: 'iot_hue_lightoff', note: '"switch off the bedroom light"' },
  { say: 'ഹാളിലെ എല്ലാ ലൈറ്റും കെടുത്ത്', intent: 'iot_hue_lightoff', note: '"put out all the lights in the hall"' },
  { say: 'ഡൈനിങ് റൂമിലെ ലൈറ്റിന്റെ വെളിച്ചം കുറച്ച് കുറയ്ക്ക്', intent: 'iot_hue_lightdim', note: '"lower the dining room light brightness a little"' },
  { say: 'പൂജാമുറിയിലെ വെളിച്ചം കൂട്ട്', intent: 'iot_hue_lightup', note: '"make the prayer room light brighter"' },
  { say: 'ബെഡ്റൂമിലെ ലൈറ്റിന്റെ നിറം ചുവപ്പാക്ക്', intent: 'iot_hue_lightchange', note: '"make the bedroom light colour red"' },
  { say: 'റോബോട്ട് വാക്വം കൊണ്ട് ഹാൾ വൃത്തിയാക്ക്', intent: 'iot_cleaning', note: '"clean the hall with the robot vacuum"' },
  { say: 'എനിക്ക് ഒരു കാപ്പി ഉണ്ടാക്കി താ', intent: 'iot_coffee', note: '"make me a coffee"' },
  { say: 'ഫാനിന്റെ പ്ലഗ് ഓൺ ആക്ക്', intent: 'iot_wemo_on', note: '"switch on the fan plug"' },
  { say: 'ടിവിയുടെ സോക്കറ്റ് ഓഫ് ആക്ക്', intent: 'iot_wemo_off', note: '"switch off the TV socket"' },
  { say: 'നാളെ രാവിലെ ആറു മണിക്ക് അലാറം വെക്ക്', intent: 'alarm_set', note: '"set an alarm for six tomorrow morning"' },
  { say: 'പത്ത് മിനിറ്റിന് ടൈമർ വെക്ക്', intent: 'alarm_set', note: '"set a timer for ten minutes"' },
  { say: 'എന്റെ അലാറം എത്ര മണിക്കാണ് വെച്ചിരിക്കുന്നത്', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'നാളത്തെ അലാറം ഡിലീറ്റ് ചെയ്യ്', intent: 'alarm_remove', note: '"delete tomorrow’s alarm"' },
  { say: 'ശബ്ദം കൂട്ട്', intent: 'audio_volume_up', note: '"turn the volume up"' },
  { say: 'വോളിയം കുറച്ച് കുറയ്ക്ക്', intent: 'audio_volume_down', note: '"turn the volume down a bit"' },
  { say: 'ശബ്ദം മ്യൂട്ട് ചെയ്യ്', intent: 'audio_volume_mute', note: '"mute the sound"' },
  { say: 'യേശുദാസിന്റെ പാട്ട് വെക്ക്', intent: 'play_music', note: '"play a Yesudas song"' },
  { say: 'റേഡിയോ മാംഗോ വെക്ക്', intent: 'play_radio', note: '"put on Radio Mango"' },
  { say: 'നാളെ കൊച്ചിയിൽ മഴ പെയ്യുമോ', intent: 'weather_query', note: '"will it rain in Kochi tomorrow"' },
  { say: 'ഇപ്പോൾ സമയം എത്രയായി', intent: 'datetime_query', note: '"what time is it now"' },
  { say: 'ഷോപ്പിംഗ് ലിസ്റ്റിൽ പാലും മുട്ടയും ചേർക്ക്', intent: 'lists_createoradd', note: '"add milk and eggs to the shopping list"' },
  { say: 'വ്യാഴാഴ്ച വൈകിട്ട് നാല് മണിക്ക് ഒരു മീറ്റിംഗ് കലണ്ടറിൽ ചേർക്ക്', intent: 'calendar_set', note: '"add a meeting on Thursday at four pm to the calendar"' },
];

export default cases;
