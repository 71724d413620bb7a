// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'accendi la luce in cucina', intent: 'iot_hue_lighton' },
  { say: 'potresti accendere la lampada in camera da letto per favore', intent: 'iot_hue_lighton' },
  { say: 'è buio qui accendi la luce', intent: 'iot_hue_lighton' },
  { say: 'accendimi le luci in salotto', intent: 'iot_hue_lighton' },
  { say: 'spegni la luce del bagno', intent: 'iot_hue_lightoff' },
  { say: 'spegni tutte le luci di sotto', intent: 'iot_hue_lightoff' },
  { say: 'spegnimi il lampadario del corridoio', intent: 'iot_hue_lightoff' },
  { say: 'abbassa la luce in salotto', intent: 'iot_hue_lightdim' },
  { say: 'attenua le luci della camera al 20 per cento', intent: 'iot_hue_lightdim' },
  { say: 'puoi rendere la stanza più luminosa', intent: 'iot_hue_lightup' },
  { say: 'aumenta la luminosità in cucina', intent: 'iot_hue_lightup' },
  { say: 'fai diventare blu la luce del salotto', intent: 'iot_hue_lightchange' },
  { say: 'cambia il colore della lampada in rosso', intent: 'iot_hue_lightchange' },
  { say: 'imposta un timer di 10 minuti', intent: 'alarm_set' },
  { say: 'fai partire un timer da 25 minuti per la pizza', intent: 'alarm_set' },
  { say: 'svegliami domani alle 6 e mezza', intent: 'alarm_set' },
  { say: 'aggiungi il latte alla lista della spesa', intent: 'lists_createoradd' },
  { say: 'metti uova e pane nella lista della spesa', intent: 'lists_createoradd' },
  { say: 'alza il volume', intent: 'audio_volume_up' },
  { say: 'abbassa leggermente il volume', intent: 'audio_volume_down' },
  { say: "silenzia l'audio", intent: 'audio_volume_mute' },
  { say: 'aggiungi al calendario un appuntamento dal dentista venerdì alle 15', intent: 'calendar_set' },
  { say: 'che tempo fa domani', intent: 'weather_query' },
  { say: 'che ore sono', intent: 'datetime_query' },
];

export default cases;
