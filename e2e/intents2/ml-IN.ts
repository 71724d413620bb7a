// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'ഹാളിലെ ലൈറ്റ് ഇടൂ', intent: 'iot_hue_lighton' },
  { say: 'ഇവിടെ ഭയങ്കര ഇരുട്ടാണ് ലൈറ്റ് ഒന്ന് ഇട്ടേ', intent: 'iot_hue_lighton', note: '"terribly dark here, put the light on"' },
  { say: 'അടുക്കളയിലെ ലൈറ്റ് ഓണാക്ക്', intent: 'iot_hue_lighton' },
  { say: 'കിടപ്പുമുറിയിലെ ലൈറ്റ് ഓൺ ചെയ്യാമോ', intent: 'iot_hue_lighton', note: '"can you turn on the bedroom light"' },
  { say: 'എല്ലാ ലൈറ്റും ഓഫാക്ക്', intent: 'iot_hue_lightoff' },
  { say: 'വരാന്തയിലെ ലൈറ്റ് കെടുത്തൂ', intent: 'iot_hue_lightoff' },
  { say: 'ഞാൻ ഉറങ്ങാൻ പോവാണ് ലൈറ്റ് ഓഫ് ചെയ്തേക്ക്', intent: 'iot_hue_lightoff' },
  { say: 'ലൈറ്റ് ഒന്ന് ഡിം ആക്ക്', intent: 'iot_hue_lightdim' },
  { say: 'ലിവിങ് റൂമിലെ ലൈറ്റ് 20 ശതമാനമാക്കി കുറയ്ക്കൂ', intent: 'iot_hue_lightdim' },
  { say: 'വെളിച്ചം പോരാ ബ്രൈറ്റ്നെസ്സ് കുറച്ചൂടെ കൂട്ട്', intent: 'iot_hue_lightup', note: '"not enough light, raise the brightness a bit more"' },
  { say: 'പഠിക്കുന്ന മുറിയിലെ ലൈറ്റിന്റെ തെളിച്ചം കൂട്ടൂ', intent: 'iot_hue_lightup' },
  { say: 'ലൈറ്റ് നീല നിറത്തിലാക്ക്', intent: 'iot_hue_lightchange' },
  { say: 'കിടപ്പുമുറിയിലെ ലൈറ്റിന്റെ കളർ പച്ചയാക്കി മാറ്റൂ', intent: 'iot_hue_lightchange' },
  { say: 'തുണി അലക്കാൻ ഇട്ടിട്ടുണ്ട് നാല്പത് മിനിറ്റിന് ടൈമർ വെക്ക്', intent: 'alarm_set', note: 'laundry is in the machine, 40 minute timer' },
  { say: 'ഞാൻ ഒന്ന് മയങ്ങട്ടെ ഇരുപത് മിനിറ്റ് ടൈമർ വെക്കൂ', intent: 'alarm_set', note: '"let me nap, set a 20 minute timer"' },
  { say: 'നാളെ രാവിലെ ആറരയ്ക്ക് എന്നെ വിളിച്ചുണർത്തണം', intent: 'alarm_set', note: '"I need to be woken at 6:30 tomorrow morning"' },
  { say: 'ഷോപ്പിങ് ലിസ്റ്റിൽ വെളിച്ചെണ്ണയും പഞ്ചസാരയും ചേർക്ക്', intent: 'lists_createoradd', note: 'coconut oil and sugar' },
  { say: 'ടു ഡു ലിസ്റ്റിൽ ഇൻഷുറൻസ് പുതുക്കൽ ചേർക്കൂ', intent: 'lists_createoradd', note: 'to-do: renew insurance' },
  { say: 'ശബ്ദം കുറച്ച് കൂട്ടൂ', intent: 'audio_volume_up' },
  { say: 'വോളിയം ഒന്ന് കുറയ്ക്ക്', intent: 'audio_volume_down' },
  { say: 'സ്പീക്കർ മ്യൂട്ട് ചെയ്യ്', intent: 'audio_volume_mute' },
  { say: 'ബുധനാഴ്ച വൈകുന്നേരം നാല് മണിക്ക് ഡോക്ടറെ കാണാനുള്ളത് കലണ്ടറിൽ ചേർക്കൂ', intent: 'calendar_set' },
  { say: 'ഇന്ന് മഴ പെയ്യുമോ', intent: 'weather_query' },
  { say: 'ഇന്ന് തീയതി എത്രയാ', intent: 'datetime_query' },
];

export default cases;
