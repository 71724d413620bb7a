// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'prižgi luč v kuhinji', intent: 'iot_hue_lighton' },
  { say: 'tukaj je temno prižgi luč', intent: 'iot_hue_lighton' },
  { say: 'lahko prižgeš svetilko v dnevni sobi', intent: 'iot_hue_lighton' },
  { say: 'vklopi luči v spalnici prosim', intent: 'iot_hue_lighton' },
  { say: 'ugasni vse luči', intent: 'iot_hue_lightoff' },
  { say: 'izklopi luč na hodniku', intent: 'iot_hue_lightoff' },
  { say: 'a lahko ugasneš luč v kopalnici', intent: 'iot_hue_lightoff' },
  { say: 'malo zatemni luč v dnevni sobi', intent: 'iot_hue_lightdim' },
  { say: 'zmanjšaj svetlost na 20 odstotkov', intent: 'iot_hue_lightdim' },
  { say: 'povečaj svetlost luči', intent: 'iot_hue_lightup' },
  { say: 'posvetli luči v spalnici', intent: 'iot_hue_lightup' },
  { say: 'spremeni barvo luči v modro', intent: 'iot_hue_lightchange' },
  { say: 'nastavi luč na zeleno', intent: 'iot_hue_lightchange' },
  { say: 'nastavi timer za deset minut', intent: 'alarm_set' },
  { say: 'nastavi časovnik na 20 minut da malo zadremam', intent: 'alarm_set', note: 'so I can take a short nap' },
  { say: 'zbudi me jutri ob pol sedmih', intent: 'alarm_set', note: 'pol sedmih = 6:30' },
  { say: 'dodaj mleko na nakupovalni seznam', intent: 'lists_createoradd' },
  { say: 'na seznam za trgovino dodaj kruh in jajca', intent: 'lists_createoradd' },
  { say: 'pojačaj glasbo', intent: 'audio_volume_up' },
  { say: 'zmanjšaj glasnost', intent: 'audio_volume_down' },
  { say: 'izklopi zvok', intent: 'audio_volume_mute' },
  { say: 'v koledar vpiši zobozdravnika v četrtek ob treh popoldne', intent: 'calendar_set' },
  { say: 'kakšno bo vreme jutri', intent: 'weather_query' },
  { say: 'koliko je ura', intent: 'datetime_query' },
];

export default cases;
