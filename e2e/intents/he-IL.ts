// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'תדליק את האור במטבח', intent: 'iot_hue_lighton' },
  { say: 'אפשר להדליק את המנורה בחדר השינה בבקשה', intent: 'iot_hue_lighton' },
  { say: 'חושך פה תדליק אור', intent: 'iot_hue_lighton' },
  { say: 'תפתח את האורות בסלון', intent: 'iot_hue_lighton' },
  { say: 'תכבה את האור בשירותים', intent: 'iot_hue_lightoff' },
  { say: 'כבה את כל האורות למטה', intent: 'iot_hue_lightoff' },
  { say: 'תסגור את האור במסדרון', intent: 'iot_hue_lightoff' },
  { say: 'תעמעם את האור בסלון', intent: 'iot_hue_lightdim' },
  { say: 'תוריד את הבהירות בחדר השינה לעשרים אחוז', intent: 'iot_hue_lightdim' },
  { say: 'אפשר קצת יותר אור פה', intent: 'iot_hue_lightup' },
  { say: 'תגביר את האור במטבח', intent: 'iot_hue_lightup' },
  { say: 'תעשה את האור בסלון כחול', intent: 'iot_hue_lightchange' },
  { say: 'תשנה את הצבע של המנורה לאדום', intent: 'iot_hue_lightchange' },
  { say: 'תכוון טיימר לעשר דקות', intent: 'alarm_set' },
  { say: 'תפעיל טיימר של 25 דקות לפיצה', intent: 'alarm_set' },
  { say: 'תעיר אותי מחר בשש וחצי', intent: 'alarm_set' },
  { say: 'תרשום חלב ברשימת הקניות', intent: 'lists_createoradd' },
  { say: 'תכניס ביצים ולחם לרשימת קניות', intent: 'lists_createoradd' },
  { say: 'תרים את הווליום', intent: 'audio_volume_up' },
  { say: 'תנמיך קצת את הקול', intent: 'audio_volume_down' },
  { say: 'תשתיק את הרמקול', intent: 'audio_volume_mute' },
  { say: 'תוסיף ליומן תור לרופא שיניים ביום שישי בשלוש', intent: 'calendar_set' },
  { say: 'ירד גשם מחר', intent: 'weather_query' },
  { say: 'מה השעה', intent: 'datetime_query' },
];

export default cases;
