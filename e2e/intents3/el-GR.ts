// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'άναψε το φως στην κουζίνα', intent: 'iot_hue_lighton' },
  { say: 'είναι πολύ σκοτεινά εδώ μέσα άναψε το πορτατίφ', intent: 'iot_hue_lighton', note: '"it is very dark in here, turn on the table lamp"' },
  { say: 'σβήσε το φως στην κρεβατοκάμαρα', intent: 'iot_hue_lightoff' },
  { say: 'κλείσε τα φώτα στο χολ', intent: 'iot_hue_lightoff' },
  { say: 'χαμήλωσε λίγο τα φώτα στο σαλόνι', intent: 'iot_hue_lightdim' },
  { say: 'δυνάμωσε τα φώτα στο γραφείο', intent: 'iot_hue_lightup' },
  { say: 'κάνε τα φώτα μπλε', intent: 'iot_hue_lightchange' },
  { say: 'βάλε τη σκούπα ρομπότ να καθαρίσει την τραπεζαρία', intent: 'iot_cleaning' },
  { say: 'φτιάξε μου έναν καφέ', intent: 'iot_coffee' },
  { say: 'άνοιξε την έξυπνη πρίζα του ανεμιστήρα', intent: 'iot_wemo_on' },
  { say: 'κλείσε την έξυπνη πρίζα στο γκαράζ', intent: 'iot_wemo_off' },
  { say: 'ξύπνα με αύριο στις έξι και μισή', intent: 'alarm_set' },
  { say: 'βάλε χρονόμετρο για 12 λεπτά', intent: 'alarm_set', note: '"set a timer for 12 minutes"' },
  { say: 'για τι ώρα έχω βάλει ξυπνητήρι', intent: 'alarm_query' },
  { say: 'διάγραψε το ξυπνητήρι για τις εφτά', intent: 'alarm_remove' },
  { say: 'ανέβασε την ένταση', intent: 'audio_volume_up' },
  { say: 'κατέβασε λίγο την ένταση', intent: 'audio_volume_down' },
  { say: 'κάνε σίγαση', intent: 'audio_volume_mute' },
  { say: 'παίξε τραγούδια της άννας βίσση', intent: 'play_music' },
  { say: 'βάλε τον ραδιοφωνικό σταθμό μελωδία', intent: 'play_radio' },
  { say: 'τι καιρό θα κάνει αύριο', intent: 'weather_query' },
  { say: 'τι ημερομηνία έχουμε σήμερα', intent: 'datetime_query' },
  { say: 'πρόσθεσε γάλα και αυγά στη λίστα με τα ψώνια', intent: 'lists_createoradd' },
  { say: 'βάλε στο ημερολόγιο ραντεβού με τον οδοντίατρο την πέμπτη στις τρεις', intent: 'calendar_set' },
];

export default cases;
