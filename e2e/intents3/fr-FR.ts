// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'allume la lumière de la cuisine', intent: 'iot_hue_lighton' },
  { say: 'il fait trop sombre ici allume la lampe', intent: 'iot_hue_lighton', note: '"it is too dark here, turn on the lamp"' },
  { say: 'éteins la lumière de la chambre', intent: 'iot_hue_lightoff' },
  { say: 'coupe les lumières du couloir', intent: 'iot_hue_lightoff' },
  { say: 'baisse un peu la luminosité dans le salon', intent: 'iot_hue_lightdim' },
  { say: 'augmente la luminosité du bureau', intent: 'iot_hue_lightup' },
  { say: 'mets la lumière en bleu', intent: 'iot_hue_lightchange' },
  { say: "lance l'aspirateur robot dans la salle à manger", intent: 'iot_cleaning' },
  { say: 'tu peux me faire un café', intent: 'iot_coffee' },
  { say: 'allume la prise du ventilateur', intent: 'iot_wemo_on' },
  { say: 'éteins la prise connectée du garage', intent: 'iot_wemo_off' },
  { say: 'programme un réveil demain à six heures et demie', intent: 'alarm_set' },
  { say: 'mets un minuteur de 12 minutes', intent: 'alarm_set' },
  { say: 'à quelle heure sonne mon réveil', intent: 'alarm_query' },
  { say: "supprime l'alarme de 7 heures", intent: 'alarm_remove' },
  { say: 'monte le son', intent: 'audio_volume_up' },
  { say: 'baisse le volume', intent: 'audio_volume_down' },
  { say: 'coupe le son', intent: 'audio_volume_mute' },
  { say: 'mets du stromae', intent: 'play_music' },
  { say: 'mets la radio france inter', intent: 'play_radio' },
  { say: 'il va faire quel temps demain', intent: 'weather_query' },
  { say: "on est quel jour aujourd'hui", intent: 'datetime_query' },
  { say: 'ajoute du lait et des œufs à la liste de courses', intent: 'lists_createoradd' },
  { say: 'note dans mon agenda une réunion jeudi à 15 heures', intent: 'calendar_set' },
];

export default cases;
