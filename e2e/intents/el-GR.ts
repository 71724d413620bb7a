// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'άναψε το φως στην κουζίνα', intent: 'iot_hue_lighton' },
  { say: 'μπορείς να ανάψεις το πορτατίφ στην κρεβατοκάμαρα', intent: 'iot_hue_lighton' },
  { say: 'έχει σκοτάδι εδώ άναψε το φως', intent: 'iot_hue_lighton' },
  { say: 'άνοιξε τα φώτα στο σαλόνι', intent: 'iot_hue_lighton' },
  { say: 'σβήσε το φως στο μπάνιο', intent: 'iot_hue_lightoff' },
  { say: 'κλείσε όλα τα φώτα κάτω', intent: 'iot_hue_lightoff' },
  { say: 'σβήσε τη λάμπα στο χολ', intent: 'iot_hue_lightoff' },
  { say: 'χαμήλωσε τα φώτα στο σαλόνι', intent: 'iot_hue_lightdim' },
  { say: 'μείωσε τη φωτεινότητα στην κρεβατοκάμαρα στο 20 τοις εκατό', intent: 'iot_hue_lightdim' },
  { say: 'μπορείς να κάνεις λίγο πιο φωτεινά εδώ μέσα', intent: 'iot_hue_lightup' },
  { say: 'δυνάμωσε το φως στην κουζίνα', intent: 'iot_hue_lightup' },
  { say: 'κάνε το φως στο σαλόνι μπλε', intent: 'iot_hue_lightchange' },
  { say: 'άλλαξε το χρώμα της λάμπας σε κόκκινο', intent: 'iot_hue_lightchange' },
  { say: 'βάλε χρονόμετρο για 10 λεπτά', intent: 'alarm_set' },
  { say: 'ξεκίνα αντίστροφη μέτρηση 25 λεπτών για την πίτσα', intent: 'alarm_set' },
  { say: 'ξύπνα με αύριο στις 6 και μισή', intent: 'alarm_set' },
  { say: 'πρόσθεσε γάλα στη λίστα για ψώνια', intent: 'lists_createoradd' },
  { say: 'βάλε αυγά και ψωμί στη λίστα με τα ψώνια', intent: 'lists_createoradd' },
  { say: 'ανέβασε την ένταση', intent: 'audio_volume_up' },
  { say: 'χαμήλωσε λίγο τον ήχο', intent: 'audio_volume_down' },
  { say: 'βάλε το ηχείο σε σίγαση', intent: 'audio_volume_mute' },
  { say: 'πρόσθεσε στο ημερολόγιο ραντεβού με τον οδοντίατρο την παρασκευή στις 3 το μεσημέρι', intent: 'calendar_set' },
  { say: 'θα βρέξει αύριο', intent: 'weather_query' },
  { say: 'τι ώρα είναι', intent: 'datetime_query' },
];

export default cases;
