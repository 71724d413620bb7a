// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'prižgi luč v kuhinji', intent: 'iot_hue_lighton', note: '"turn on the light in the kitchen"' },
  { say: 'tukaj je pretemno prižgi lučko', intent: 'iot_hue_lighton', note: '"it is too dark here, turn on the lamp"' },
  { say: 'ugasni luč v spalnici', intent: 'iot_hue_lightoff', note: '"turn off the light in the bedroom"' },
  { say: 'ugasni vse luči v dnevni sobi', intent: 'iot_hue_lightoff', note: '"turn off all the lights in the living room"' },
  { say: 'malo zatemni luč v jedilnici', intent: 'iot_hue_lightdim', note: '"dim the dining room light a little"' },
  { say: 'povečaj svetlost luči v kopalnici', intent: 'iot_hue_lightup', note: '"increase the brightness of the bathroom light"' },
  { say: 'nastavi luč v dnevni sobi na rdečo barvo', intent: 'iot_hue_lightchange', note: '"set the living room light to red"' },
  { say: 'naj robotski sesalnik posesa hodnik', intent: 'iot_cleaning', note: '"have the robot vacuum vacuum the hallway"' },
  { say: 'skuhaj mi kavo', intent: 'iot_coffee', note: '"make me a coffee"' },
  { say: 'vklopi pametno vtičnico za ventilator', intent: 'iot_wemo_on', note: '"switch on the smart socket for the fan"' },
  { say: 'izklopi vtičnico v kuhinji', intent: 'iot_wemo_off', note: '"switch off the socket in the kitchen"' },
  { say: 'nastavi budilko za jutri ob šestih', intent: 'alarm_set', note: '"set the alarm for six tomorrow"' },
  { say: 'nastavi minutnik na 15 minut', intent: 'alarm_set', note: '"set the timer for 15 minutes"' },
  { say: 'ob kateri uri imam nastavljeno budilko', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'izbriši budilko ob sedmih', intent: 'alarm_remove', note: '"delete the seven o’clock alarm"' },
  { say: 'daj malo glasneje', intent: 'audio_volume_up', note: '"make it a bit louder"' },
  { say: 'zmanjšaj glasnost', intent: 'audio_volume_down', note: '"lower the volume"' },
  { say: 'popolnoma izklopi zvok', intent: 'audio_volume_mute', note: '"turn the sound off completely (mute)"' },
  { say: 'zavrti kakšno pesem od siddharte', intent: 'play_music', note: '"play a song by Siddharta"' },
  { say: 'predvajaj radio val 202', intent: 'play_radio', note: '"play Radio Val 202"' },
  { say: 'kakšno bo vreme jutri v ljubljani', intent: 'weather_query', note: '"what will the weather be like in Ljubljana tomorrow"' },
  { say: 'koliko je ura', intent: 'datetime_query', note: '"what time is it"' },
  { say: 'dodaj mleko in jajca na nakupovalni seznam', intent: 'lists_createoradd', note: '"add milk and eggs to the shopping list"' },
  { say: 'vpiši v koledar sestanek v torek ob desetih', intent: 'calendar_set', note: '"put a meeting in the calendar on Tuesday at ten"' },
];

export default cases;
