// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'խոհանոցի լույսը վառի', intent: 'iot_hue_lighton', note: 'colloquial imperative' },
  { say: 'այստեղ շատ մութ է լույսը միացրու', intent: 'iot_hue_lighton' },
  { say: 'խնդրում եմ ննջասենյակի լամպը միացրու', intent: 'iot_hue_lighton' },
  { say: 'կարող ես հյուրասենյակի լույսերը վառել', intent: 'iot_hue_lighton' },
  { say: 'բոլոր լույսերն անջատիր', intent: 'iot_hue_lightoff' },
  { say: 'քնում եմ սենյակի լույսը հանգցրու', intent: 'iot_hue_lightoff' },
  { say: 'լոգարանի լույսը անջատի', intent: 'iot_hue_lightoff' },
  { say: 'լույսը մի քիչ թույլ արա', intent: 'iot_hue_lightdim' },
  { say: 'հյուրասենյակի լույսը իջեցրու մինչև 20 տոկոս', intent: 'iot_hue_lightdim' },
  { say: 'լույսը ավելի պայծառ արա', intent: 'iot_hue_lightup' },
  { say: 'խոհանոցի լույսի պայծառությունը բարձրացրու', intent: 'iot_hue_lightup' },
  { say: 'լույսը կապույտ արա', intent: 'iot_hue_lightchange' },
  { say: 'լամպի գույնը դարձրու կանաչ', intent: 'iot_hue_lightchange' },
  { say: 'քսան րոպեանոց թայմեր դիր մի քիչ քնեմ', intent: 'alarm_set', note: 'timer for a nap' },
  { say: 'ձու եմ եփում ութ րոպեով թայմեր դիր', intent: 'alarm_set', note: 'boiling an egg' },
  { say: 'վաղը առավոտյան ժամը յոթին արթնացրու ինձ', intent: 'alarm_set' },
  { say: 'գնումների ցուցակին ավելացրու կաթ ու հաց', intent: 'lists_createoradd' },
  { say: 'անելիքների ցուցակում գրի վճարել կոմունալները', intent: 'lists_createoradd', note: 'to-do list: pay the utility bills' },
  { say: 'ձայնը բարձրացրու', intent: 'audio_volume_up' },
  { say: 'ձայնը մի քիչ իջեցրու', intent: 'audio_volume_down' },
  { say: 'ձայնն ամբողջությամբ անջատիր', intent: 'audio_volume_mute' },
  { say: 'օրացույցում նշիր հանդիպում ուրբաթ ժամը երեքին', intent: 'calendar_set' },
  { say: 'ինչ եղանակ է լինելու վաղը', intent: 'weather_query' },
  { say: 'ժամը քանիսն է', intent: 'datetime_query' },
];

export default cases;
