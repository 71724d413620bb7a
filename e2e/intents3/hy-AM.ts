// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'միացրու լույսը խոհանոցում', intent: 'iot_hue_lighton', note: '"turn on the light in the kitchen"' },
  { say: 'այստեղ շատ մութ է լամպը վառիր', intent: 'iot_hue_lighton', note: '"it is very dark here, switch on the lamp"' },
  { say: 'ննջասենյակում լույսն անջատիր', intent: 'iot_hue_lightoff', note: '"turn off the light in the bedroom"' },
  { say: 'հյուրասենյակի բոլոր լույսերը հանգցրու', intent: 'iot_hue_lightoff', note: '"put out all the lights in the living room"' },
  { say: 'միջանցքի լույսի պայծառությունը մի քիչ իջեցրու', intent: 'iot_hue_lightdim', note: '"lower the hallway light brightness a little"' },
  { say: 'խոհանոցի լույսն ավելի պայծառ դարձրու', intent: 'iot_hue_lightup', note: '"make the kitchen light brighter"' },
  { say: 'ննջասենյակի լույսի գույնը կանաչ դարձրու', intent: 'iot_hue_lightchange', note: '"make the bedroom light colour green"' },
  { say: 'միացրու ռոբոտ փոշեկուլը որ հյուրասենյակը մաքրի', intent: 'iot_cleaning', note: '"turn on the robot vacuum so it cleans the living room"' },
  { say: 'մի բաժակ սուրճ եփիր ինձ համար', intent: 'iot_coffee', note: '"make me a cup of coffee"' },
  { say: 'միացրու օդափոխիչի վարդակը', intent: 'iot_wemo_on', note: '"turn on the fan socket"' },
  { say: 'անջատիր հեռուստացույցի խելացի վարդակը', intent: 'iot_wemo_off', note: '"turn off the TV smart socket"' },
  { say: 'վաղը առավոտյան ժամը յոթին զարթուցիչ դիր', intent: 'alarm_set', note: '"set an alarm for seven tomorrow morning"' },
  { say: 'տասը րոպեանոց թայմեր դիր', intent: 'alarm_set', note: '"set a ten minute timer"' },
  { say: 'ժամը քանիսին է զարթուցիչս', intent: 'alarm_query', note: '"what time is my alarm"' },
  { say: 'ջնջիր վաղվա զարթուցիչը', intent: 'alarm_remove', note: '"delete tomorrow’s alarm"' },
  { say: 'ձայնը բարձրացրու', intent: 'audio_volume_up', note: '"turn the volume up"' },
  { say: 'ձայնը մի քիչ իջեցրու', intent: 'audio_volume_down', note: '"turn the volume down a bit"' },
  { say: 'ձայնը լրիվ անջատիր', intent: 'audio_volume_mute', note: '"turn the sound off completely (mute)"' },
  { say: 'սիրուշոյի երգերը միացրու', intent: 'play_music', note: '"put on Sirusho songs"' },
  { say: 'ռադիո վանը միացրու', intent: 'play_radio', note: '"turn on Radio Van"' },
  { say: 'վաղը երևանում ինչ եղանակ է լինելու', intent: 'weather_query', note: '"what will the weather be in Yerevan tomorrow"' },
  { say: 'ժամը քանիսն է', intent: 'datetime_query', note: '"what time is it"' },
  { say: 'կաթ ու հաց ավելացրու գնումների ցուցակին', intent: 'lists_createoradd', note: '"add milk and bread to the shopping list"' },
  { say: 'օրացույցում նշիր հանդիպում հինգշաբթի ժամը երեքին', intent: 'calendar_set', note: '"mark a meeting in the calendar on Thursday at three"' },
];

export default cases;
