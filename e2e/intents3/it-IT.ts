// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'accendi la luce in cucina', intent: 'iot_hue_lighton' },
  { say: 'è troppo buio qui accendi la lampada', intent: 'iot_hue_lighton', note: '"it is too dark here, turn on the lamp"' },
  { say: 'spegni la luce della camera da letto', intent: 'iot_hue_lightoff' },
  { say: 'spegni le luci in corridoio', intent: 'iot_hue_lightoff' },
  { say: 'abbassa leggermente le luci del salotto', intent: 'iot_hue_lightdim' },
  { say: 'alza la luminosità nello studio', intent: 'iot_hue_lightup' },
  { say: 'cambia il colore della luce in verde', intent: 'iot_hue_lightchange' },
  { say: "fai partire l'aspirapolvere robot in sala da pranzo", intent: 'iot_cleaning' },
  { say: 'fammi un caffè', intent: 'iot_coffee' },
  { say: 'accendi la presa della stufetta', intent: 'iot_wemo_on' },
  { say: 'spegni la presa intelligente in garage', intent: 'iot_wemo_off' },
  { say: 'svegliami domani alle sei e mezza', intent: 'alarm_set' },
  { say: 'imposta un timer di dodici minuti', intent: 'alarm_set' },
  { say: 'a che ora suona la mia sveglia', intent: 'alarm_query' },
  { say: 'cancella la sveglia delle sette', intent: 'alarm_remove' },
  { say: 'alza il volume', intent: 'audio_volume_up' },
  { say: 'abbassa il volume', intent: 'audio_volume_down' },
  { say: "togli l'audio", intent: 'audio_volume_mute' },
  { say: 'metti qualcosa di vasco rossi', intent: 'play_music' },
  { say: 'metti radio deejay', intent: 'play_radio' },
  { say: 'che tempo fa domani', intent: 'weather_query' },
  { say: 'che giorno è oggi', intent: 'datetime_query' },
  { say: 'aggiungi latte e uova alla lista della spesa', intent: 'lists_createoradd' },
  { say: 'segna in calendario una riunione giovedì alle 15', intent: 'calendar_set' },
];

export default cases;
