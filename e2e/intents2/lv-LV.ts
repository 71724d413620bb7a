// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'ieslēdz gaismu virtuvē', intent: 'iot_hue_lighton' },
  { say: 'te ir tumšs lūdzu ieslēdz gaismu', intent: 'iot_hue_lighton' },
  { say: 'vai vari ieslēgt lampu viesistabā', intent: 'iot_hue_lighton' },
  { say: 'iededz gaismu guļamistabā', intent: 'iot_hue_lighton' },
  { say: 'izslēdz visas gaismas', intent: 'iot_hue_lightoff' },
  { say: 'nodzēs gaismu koridorī', intent: 'iot_hue_lightoff' },
  { say: 'lūdzu izslēdz lampu pie gultas', intent: 'iot_hue_lightoff' },
  { say: 'padari gaismu mazliet blāvāku', intent: 'iot_hue_lightdim' },
  { say: 'samazini apgaismojumu līdz 20 procentiem', intent: 'iot_hue_lightdim' },
  { say: 'padari gaismu spilgtāku', intent: 'iot_hue_lightup' },
  { say: 'palielini spilgtumu dzīvojamajā istabā', intent: 'iot_hue_lightup' },
  { say: 'nomaini gaismas krāsu uz zilu', intent: 'iot_hue_lightchange' },
  { say: 'padari gaismu guļamistabā zaļu', intent: 'iot_hue_lightchange' },
  { say: 'uzliec taimeri uz desmit minūtēm makaroniem', intent: 'alarm_set', note: 'for the pasta' },
  { say: 'iestati taimeri uz 40 minūtēm lai neaizmirstu izņemt veļu', intent: 'alarm_set', note: 'so I do not forget to take out the laundry' },
  { say: 'pamodini mani rīt pusseptiņos', intent: 'alarm_set', note: 'pusseptiņos = at 6:30' },
  { say: 'pievieno pienu iepirkumu sarakstam', intent: 'lists_createoradd' },
  { say: 'ieliec maizi un olas iepirkumu sarakstā', intent: 'lists_createoradd' },
  { say: 'pagriez mūziku skaļāk', intent: 'audio_volume_up' },
  { say: 'samazini skaļumu', intent: 'audio_volume_down' },
  { say: 'izslēdz skaņu', intent: 'audio_volume_mute' },
  { say: 'ieliec kalendārā vizīti pie zobārsta ceturtdien pulksten trijos', intent: 'calendar_set' },
  { say: 'vai šodien līs', intent: 'weather_query', note: 'will it rain today' },
  { say: 'cik ir pulkstenis', intent: 'datetime_query' },
];

export default cases;
