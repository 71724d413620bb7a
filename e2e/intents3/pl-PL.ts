// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'włącz światło w kuchni', intent: 'iot_hue_lighton' },
  { say: 'strasznie tu ciemno zapal lampę', intent: 'iot_hue_lighton', note: '"it is really dark here, switch on the lamp"' },
  { say: 'wyłącz światło w sypialni', intent: 'iot_hue_lightoff' },
  { say: 'zgaś światła w przedpokoju', intent: 'iot_hue_lightoff' },
  { say: 'przyciemnij trochę światło w salonie', intent: 'iot_hue_lightdim' },
  { say: 'rozjaśnij światło w gabinecie', intent: 'iot_hue_lightup' },
  { say: 'zmień kolor światła na niebieski', intent: 'iot_hue_lightchange' },
  { say: 'niech robot odkurzy jadalnię', intent: 'iot_cleaning', note: '"let the robot vacuum the dining room"' },
  { say: 'zrób mi kawę', intent: 'iot_coffee' },
  { say: 'włącz gniazdko od wentylatora', intent: 'iot_wemo_on' },
  { say: 'wyłącz inteligentne gniazdko w garażu', intent: 'iot_wemo_off' },
  { say: 'obudź mnie jutro o wpół do siódmej', intent: 'alarm_set', note: '"wake me tomorrow at 6:30"' },
  { say: 'ustaw minutnik na 12 minut', intent: 'alarm_set' },
  { say: 'na którą mam ustawiony budzik', intent: 'alarm_query' },
  { say: 'usuń budzik na siódmą', intent: 'alarm_remove' },
  { say: 'podgłośnij', intent: 'audio_volume_up' },
  { say: 'ścisz trochę', intent: 'audio_volume_down' },
  { say: 'wycisz głośnik', intent: 'audio_volume_mute' },
  { say: 'puść coś dawida podsiadło', intent: 'play_music' },
  { say: 'włącz radio zet', intent: 'play_radio' },
  { say: 'jaka będzie jutro pogoda', intent: 'weather_query' },
  { say: 'jaka jest dzisiaj data', intent: 'datetime_query' },
  { say: 'dodaj mleko i jajka do listy zakupów', intent: 'lists_createoradd' },
  { say: 'wpisz mi do kalendarza wizytę u dentysty w czwartek o piętnastej', intent: 'calendar_set' },
];

export default cases;
