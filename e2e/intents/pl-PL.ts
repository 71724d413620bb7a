// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'włącz światło w kuchni', intent: 'iot_hue_lighton' },
  { say: 'możesz zapalić lampkę w sypialni proszę', intent: 'iot_hue_lighton' },
  { say: 'ciemno tu zapal światło', intent: 'iot_hue_lighton' },
  { say: 'światło w salonie włącz', intent: 'iot_hue_lighton' },
  { say: 'wyłącz światło w łazience', intent: 'iot_hue_lightoff' },
  { say: 'zgaś wszystkie światła na dole', intent: 'iot_hue_lightoff' },
  { say: 'światło w przedpokoju wyłącz', intent: 'iot_hue_lightoff' },
  { say: 'przyciemnij światło w salonie', intent: 'iot_hue_lightdim' },
  { say: 'zmniejsz jasność w sypialni do 20 procent', intent: 'iot_hue_lightdim' },
  { say: 'możesz zrobić tu trochę jaśniej', intent: 'iot_hue_lightup' },
  { say: 'rozjaśnij światło w kuchni', intent: 'iot_hue_lightup' },
  { say: 'zmień światło w salonie na niebieskie', intent: 'iot_hue_lightchange' },
  { say: 'ustaw kolor lampy na czerwony', intent: 'iot_hue_lightchange' },
  { say: 'ustaw minutnik na 10 minut', intent: 'alarm_set' },
  { say: 'nastaw timer na 25 minut do pizzy', intent: 'alarm_set' },
  { say: 'obudź mnie jutro o 6 30', intent: 'alarm_set' },
  { say: 'dodaj mleko do listy zakupów', intent: 'lists_createoradd' },
  { say: 'dopisz jajka i chleb do listy zakupów', intent: 'lists_createoradd' },
  { say: 'podgłośnij', intent: 'audio_volume_up' },
  { say: 'ścisz trochę', intent: 'audio_volume_down' },
  { say: 'wycisz głośnik', intent: 'audio_volume_mute' },
  { say: 'dodaj do kalendarza wizytę u dentysty w piątek o 15', intent: 'calendar_set' },
  { say: 'czy jutro będzie padać', intent: 'weather_query' },
  { say: 'która godzina', intent: 'datetime_query' },
];

export default cases;
