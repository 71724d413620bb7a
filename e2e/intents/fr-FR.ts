// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'allume la lumière de la cuisine', intent: 'iot_hue_lighton' },
  { say: "tu peux allumer la lampe de la chambre s'il te plaît", intent: 'iot_hue_lighton' },
  { say: 'il fait tout noir ici allume la lumière', intent: 'iot_hue_lighton' },
  { say: 'allume le plafonnier du salon', intent: 'iot_hue_lighton' },
  { say: 'éteins la lumière de la salle de bain', intent: 'iot_hue_lightoff' },
  { say: 'éteins toutes les lumières en bas', intent: 'iot_hue_lightoff' },
  { say: 'coupe la lumière du couloir', intent: 'iot_hue_lightoff' },
  { say: 'baisse la lumière du salon', intent: 'iot_hue_lightdim' },
  { say: 'diminue la luminosité de la chambre à 20 pour cent', intent: 'iot_hue_lightdim' },
  { say: 'tu pourrais mettre un peu plus de lumière ici', intent: 'iot_hue_lightup' },
  { say: 'augmente la luminosité dans la cuisine', intent: 'iot_hue_lightup' },
  { say: 'mets la lumière du salon en bleu', intent: 'iot_hue_lightchange' },
  { say: 'change la couleur de la lampe en rouge', intent: 'iot_hue_lightchange' },
  { say: 'mets un minuteur de 10 minutes', intent: 'alarm_set' },
  { say: 'lance un minuteur de 25 minutes pour le gâteau', intent: 'alarm_set' },
  { say: 'mets un réveil à 6 heures 30 demain matin', intent: 'alarm_set' },
  { say: 'ajoute du lait à la liste de courses', intent: 'lists_createoradd' },
  { say: 'mets des œufs et du pain sur ma liste de courses', intent: 'lists_createoradd' },
  { say: 'monte le son', intent: 'audio_volume_up' },
  { say: 'baisse un peu le volume', intent: 'audio_volume_down' },
  { say: 'coupe le son', intent: 'audio_volume_mute' },
  { say: 'ajoute un rendez vous chez le dentiste vendredi à 15 heures dans mon agenda', intent: 'calendar_set' },
  { say: "quel temps il fait aujourd'hui", intent: 'weather_query' },
  { say: 'il est quelle heure', intent: 'datetime_query' },
];

export default cases;
