// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'kapcsold fel a villanyt a konyhában', intent: 'iot_hue_lighton' },
  { say: 'túl sötét van itt kapcsold fel a lámpát', intent: 'iot_hue_lighton', note: '"it is too dark here, switch on the lamp"' },
  { say: 'kapcsold le a villanyt a hálószobában', intent: 'iot_hue_lightoff' },
  { say: 'oltsd le a lámpákat az előszobában', intent: 'iot_hue_lightoff' },
  { say: 'tompítsd egy kicsit a fényt a nappaliban', intent: 'iot_hue_lightdim' },
  { say: 'állítsd fényesebbre a lámpákat a dolgozószobában', intent: 'iot_hue_lightup' },
  { say: 'állítsd kékre a lámpák színét', intent: 'iot_hue_lightchange' },
  { say: 'indítsd el a robotporszívót az étkezőben', intent: 'iot_cleaning' },
  { say: 'főzz nekem egy kávét', intent: 'iot_coffee' },
  { say: 'kapcsold be a ventilátor okos konnektorát', intent: 'iot_wemo_on' },
  { say: 'kapcsold ki az okos konnektort a garázsban', intent: 'iot_wemo_off' },
  { say: 'ébressz fel holnap fél hétkor', intent: 'alarm_set', note: '"wake me tomorrow at 6:30"' },
  { say: 'állíts be egy tizenkét perces időzítőt', intent: 'alarm_set' },
  { say: 'mikorra van beállítva az ébresztőm', intent: 'alarm_query' },
  { say: 'töröld a reggel hét órai ébresztőt', intent: 'alarm_remove' },
  { say: 'hangosítsd fel', intent: 'audio_volume_up' },
  { say: 'halkíts egy kicsit', intent: 'audio_volume_down' },
  { say: 'némítsd le a hangszórót', intent: 'audio_volume_mute' },
  { say: 'játssz valamit a quimbytől', intent: 'play_music' },
  { say: 'kapcsold be a petőfi rádiót', intent: 'play_radio' },
  { say: 'milyen idő lesz holnap', intent: 'weather_query' },
  { say: 'hányadika van ma', intent: 'datetime_query' },
  { say: 'írd fel a tejet és a tojást a bevásárlólistára', intent: 'lists_createoradd' },
  { say: 'vegyél fel a naptárba egy fogorvosi időpontot csütörtök délután háromra', intent: 'calendar_set' },
];

export default cases;
