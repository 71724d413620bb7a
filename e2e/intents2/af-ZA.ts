// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'skakel asseblief die lig in die kombuis aan', intent: 'iot_hue_lighton' },
  { say: 'dis donker hier sit die lig aan', intent: 'iot_hue_lighton' },
  { say: 'kan jy die sitkamer se lampe aansit', intent: 'iot_hue_lighton' },
  { say: 'sit vir my die lig in die slaapkamer aan', intent: 'iot_hue_lighton' },
  { say: 'skakel al die ligte af', intent: 'iot_hue_lightoff' },
  { say: 'sit die gang se lig af asseblief', intent: 'iot_hue_lightoff' },
  { say: 'ek gaan slaap maak die ligte dood', intent: 'iot_hue_lightoff', note: '"make the lights dead" = switch the lights off (colloquial)' },
  { say: 'maak die ligte bietjie dowwer', intent: 'iot_hue_lightdim' },
  { say: 'verlaag die helderheid van die lig na 20 persent', intent: 'iot_hue_lightdim' },
  { say: 'maak die lig in die studeerkamer helderder', intent: 'iot_hue_lightup' },
  { say: 'die lig is te dof draai dit bietjie op', intent: 'iot_hue_lightup', note: 'the light is too dim, turn it up a bit' },
  { say: 'verander die lig na blou', intent: 'iot_hue_lightchange' },
  { say: 'maak die slaapkamer se lig rooi', intent: 'iot_hue_lightchange' },
  { say: 'stel \'n timer vir 20 minute ek wil net gou \'n uiltjie knip', intent: 'alarm_set', note: '"knip \'n uiltjie" = take a nap' },
  { say: 'sit \'n timer vir drie minute vir die tee', intent: 'alarm_set', note: 'tea steeping' },
  { say: 'maak my môreoggend halfsewe wakker', intent: 'alarm_set', note: 'halfsewe = 6:30' },
  { say: 'sit melk op my inkopielys', intent: 'lists_createoradd' },
  { say: 'voeg brood en eiers by die boodskaplys', intent: 'lists_createoradd', note: 'boodskaplys = grocery list' },
  { say: 'draai die musiek harder', intent: 'audio_volume_up' },
  { say: 'sit die volume bietjie sagter', intent: 'audio_volume_down' },
  { say: 'demp die klank asseblief', intent: 'audio_volume_mute' },
  { say: 'sit \'n afspraak by die tandarts in my kalender vir donderdag om drie uur', intent: 'calendar_set' },
  { say: 'gaan dit vandag reën', intent: 'weather_query' },
  { say: 'hoe laat is dit', intent: 'datetime_query' },
];

export default cases;
