// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'kapcsold fel a villanyt a konyhában', intent: 'iot_hue_lighton' },
  { say: 'fel tudnád kapcsolni a lámpát a hálószobában', intent: 'iot_hue_lighton' },
  { say: 'sötét van itt kapcsolj villanyt', intent: 'iot_hue_lighton' },
  { say: 'nappaliban lámpát fel', intent: 'iot_hue_lighton' },
  { say: 'fürdőszobában villanyt le', intent: 'iot_hue_lightoff' },
  { say: 'kapcsold le az összes lámpát lent', intent: 'iot_hue_lightoff' },
  { say: 'oltsd le a villanyt az előszobában', intent: 'iot_hue_lightoff' },
  { say: 'halványítsd a fényt a nappaliban', intent: 'iot_hue_lightdim' },
  { say: 'vedd le a fényerőt a hálóban 20 százalékra', intent: 'iot_hue_lightdim' },
  { say: 'tudnád egy kicsit világosabbra állítani itt', intent: 'iot_hue_lightup' },
  { say: 'növeld a fényerőt a konyhában', intent: 'iot_hue_lightup' },
  { say: 'legyen kék a fény a nappaliban', intent: 'iot_hue_lightchange' },
  { say: 'állítsd a lámpa színét pirosra', intent: 'iot_hue_lightchange' },
  { say: 'állíts be egy 10 perces időzítőt', intent: 'alarm_set' },
  { say: 'indíts egy 25 perces időzítőt a pizzához', intent: 'alarm_set' },
  { say: 'ébressz fel holnap reggel fél hétkor', intent: 'alarm_set' },
  { say: 'tedd fel a tejet a bevásárlólistára', intent: 'lists_createoradd' },
  { say: 'írd fel a tojást és a kenyeret a bevásárlólistára', intent: 'lists_createoradd' },
  { say: 'hangosabban', intent: 'audio_volume_up' },
  { say: 'halkítsd le egy kicsit', intent: 'audio_volume_down' },
  { say: 'némítsd el a hangszórót', intent: 'audio_volume_mute' },
  { say: 'írd be a naptárba a fogorvost péntek délután háromra', intent: 'calendar_set' },
  { say: 'esni fog holnap', intent: 'weather_query' },
  { say: 'hány óra van', intent: 'datetime_query' },
];

export default cases;
