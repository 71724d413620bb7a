// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'buksan mo ang ilaw sa sala', intent: 'iot_hue_lighton' },
  { say: 'ang dilim dito pakibukas ng ilaw', intent: 'iot_hue_lighton', note: '"it\'s dark here, please turn on the light"' },
  { say: 'patayin ang ilaw sa kusina', intent: 'iot_hue_lightoff' },
  { say: 'pakipatay lahat ng ilaw sa kwarto', intent: 'iot_hue_lightoff' },
  { say: 'hinaan mo ang liwanag ng ilaw sa sala', intent: 'iot_hue_lightdim', note: '"lower the brightness of the living room light"' },
  { say: 'paliwanagin mo pa ang ilaw sa opisina', intent: 'iot_hue_lightup' },
  { say: 'gawin mong asul ang kulay ng ilaw sa kwarto', intent: 'iot_hue_lightchange' },
  { say: 'paandarin mo ang robot vacuum para linisin ang sala', intent: 'iot_cleaning' },
  { say: 'gawan mo ako ng kape sa coffee maker', intent: 'iot_coffee' },
  { say: 'buksan mo ang smart plug ng electric fan', intent: 'iot_wemo_on' },
  { say: 'patayin mo ang smart plug ng plantsa', intent: 'iot_wemo_off' },
  { say: 'mag alarm ka ng alas sais ng umaga bukas', intent: 'alarm_set' },
  { say: 'mag set ka ng timer ng labinlimang minuto', intent: 'alarm_set' },
  { say: 'anong oras ang alarm ko bukas', intent: 'alarm_query' },
  { say: 'burahin mo ang alarm ng alas siyete', intent: 'alarm_remove' },
  { say: 'lakasan mo ang volume', intent: 'audio_volume_up' },
  { say: 'hinaan mo nang konti ang tunog', intent: 'audio_volume_down' },
  { say: 'patahimikin mo muna ang speaker', intent: 'audio_volume_mute' },
  { say: 'magpatugtog ka ng kanta ng ben and ben', intent: 'play_music' },
  { say: 'patugtugin mo ang love radio', intent: 'play_radio' },
  { say: 'uulan ba bukas sa quezon city', intent: 'weather_query' },
  { say: 'anong petsa ngayon', intent: 'datetime_query' },
  { say: 'idagdag mo ang gatas at tinapay sa listahan ng bibilhin', intent: 'lists_createoradd' },
  { say: 'ilagay mo sa kalendaryo ang meeting sa biyernes ng alas dos ng hapon', intent: 'calendar_set' },
];

export default cases;
