// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'תדליק את האור בסלון', intent: 'iot_hue_lighton' },
  { say: 'חשוך פה תדליק את המנורה ליד הספה', intent: 'iot_hue_lighton', note: '"it\'s dark here, turn on the lamp by the sofa"' },
  { say: 'תכבה את האור במטבח', intent: 'iot_hue_lightoff' },
  { say: 'תכבה את כל האורות בחדר של הילדים', intent: 'iot_hue_lightoff' },
  { say: 'תעמעם קצת את האור בסלון', intent: 'iot_hue_lightdim' },
  { say: 'תגביר את האור בחדר העבודה', intent: 'iot_hue_lightup', note: '"make the light in the study brighter"' },
  { say: 'תשנה את צבע האור בחדר השינה לכתום', intent: 'iot_hue_lightchange' },
  { say: 'תפעיל את השואב הרובוטי שינקה את הסלון', intent: 'iot_cleaning' },
  { say: 'תכין לי כוס קפה במכונת הקפה', intent: 'iot_coffee' },
  { say: 'תדליק את השקע החכם של המאוורר', intent: 'iot_wemo_on' },
  { say: 'תכבה את השקע החכם של הדוד', intent: 'iot_wemo_off', note: '"turn off the water heater\'s smart plug"' },
  { say: 'תכוון לי שעון מעורר לשש וחצי בבוקר', intent: 'alarm_set' },
  { say: 'תכוון טיימר ל 20 דקות', intent: 'alarm_set' },
  { say: 'לאיזה שעה מכוון השעון המעורר שלי מחר', intent: 'alarm_query' },
  { say: 'תמחק את השעון המעורר של שבע', intent: 'alarm_remove' },
  { say: 'תגביר את הווליום', intent: 'audio_volume_up' },
  { say: 'תוריד קצת את הווליום', intent: 'audio_volume_down' },
  { say: 'תשתיק את הרמקול', intent: 'audio_volume_mute' },
  { say: 'תשים שירים של עומר אדם', intent: 'play_music' },
  { say: 'תשים את גלגלצ ברדיו', intent: 'play_radio', note: '"put Galgalatz on the radio"' },
  { say: 'איך יהיה מזג האוויר מחר בחיפה', intent: 'weather_query' },
  { say: 'מה השעה עכשיו', intent: 'datetime_query' },
  { say: 'תוסיף חלב ולחם לרשימת הקניות', intent: 'lists_createoradd' },
  { say: 'תקבע לי ביומן פגישה עם רואה החשבון ביום שלישי בשלוש', intent: 'calendar_set' },
];

export default cases;
