// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'skakel die kombuislig aan', intent: 'iot_hue_lighton', note: '"turn on the kitchen light"' },
  { say: 'dis te donker hier sit asseblief die lig aan', intent: 'iot_hue_lighton', note: '"it is too dark here, please put the light on"' },
  { say: 'sit die lampie in die slaapkamer af', intent: 'iot_hue_lightoff', note: '"switch off the little lamp in the bedroom"' },
  { say: 'skakel al die ligte in die sitkamer af', intent: 'iot_hue_lightoff', note: '"switch off all the lights in the living room"' },
  { say: 'maak die ligte in die eetkamer bietjie dowwer', intent: 'iot_hue_lightdim', note: '"make the dining room lights a bit dimmer"' },
  { say: 'maak die badkamerlig helderder', intent: 'iot_hue_lightup', note: '"make the bathroom light brighter"' },
  { say: 'verander die kleur van die lig in die slaapkamer na blou', intent: 'iot_hue_lightchange', note: '"change the colour of the bedroom light to blue"' },
  { say: 'laat die robotstofsuier die gang skoonmaak', intent: 'iot_cleaning', note: '"let the robot vacuum clean the hallway"' },
  { say: 'maak gou vir my koffie', intent: 'iot_coffee', note: '"quickly make me a coffee"' },
  { say: 'skakel die waaier se prop aan', intent: 'iot_wemo_on', note: '"switch on the plug of the fan"' },
  { say: 'sit die slimprop by die verwarmer af', intent: 'iot_wemo_off', note: '"switch off the smart plug at the heater"' },
  { say: 'stel my wekker vir sesuur môreoggend', intent: 'alarm_set', note: '"set my alarm for six o’clock tomorrow morning"' },
  { say: 'stel die tydhouer vir 15 minute', intent: 'alarm_set', note: '"set the timer for 15 minutes"' },
  { say: 'watter wekkers het ek gestel', intent: 'alarm_query', note: '"which alarms have I set"' },
  { say: 'kanselleer die wekker vir sewe uur', intent: 'alarm_remove', note: '"cancel the alarm for seven o’clock"' },
  { say: 'maak die musiek harder', intent: 'audio_volume_up', note: '"make the music louder"' },
  { say: 'draai die klank bietjie sagter', intent: 'audio_volume_down', note: '"turn the sound a bit softer"' },
  { say: 'demp die luidspreker', intent: 'audio_volume_mute', note: '"mute the speaker"' },
  { say: 'speel iets van karen zoid', intent: 'play_music', note: '"play something by Karen Zoid"' },
  { say: 'speel radio sonder grense', intent: 'play_radio', note: '"play Radio Sonder Grense (RSG)"' },
  { say: 'gaan dit môre in kaapstad reën', intent: 'weather_query', note: '"is it going to rain in Cape Town tomorrow"' },
  { say: 'hoe laat is dit', intent: 'datetime_query', note: '"what time is it"' },
  { say: 'sit melk en brood op my inkopielys', intent: 'lists_createoradd', note: '"put milk and bread on my shopping list"' },
  { say: 'sit my tandartsafspraak vir donderdag om drie uur in my kalender', intent: 'calendar_set', note: '"put my dentist appointment for Thursday at three in my calendar"' },
];

export default cases;
