// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'ولع نور الصالة', intent: 'iot_hue_lighton' },
  { say: 'الغرفة مظلمة مرة شغل النور', intent: 'iot_hue_lighton', note: '"the room is really dark, turn the light on"' },
  { say: 'طفي لمبة المطبخ', intent: 'iot_hue_lightoff' },
  { say: 'اطفئ كل الأنوار في غرفة النوم', intent: 'iot_hue_lightoff' },
  { say: 'خفف إضاءة الصالة شوي', intent: 'iot_hue_lightdim' },
  { say: 'زود إضاءة غرفة المكتب شوي', intent: 'iot_hue_lightup' },
  { say: 'غير لون النور في غرفة النوم للأزرق', intent: 'iot_hue_lightchange' },
  { say: 'خل المكنسة الروبوت تنظف المجلس', intent: 'iot_cleaning', note: '"have the robot vacuum clean the majlis"' },
  { say: 'سو لي كوب قهوة من مكينة القهوة', intent: 'iot_coffee' },
  { say: 'شغل الفيش الذكي حق المروحة', intent: 'iot_wemo_on', note: '"switch on the fan\'s smart plug"' },
  { say: 'طفي الفيش الذكي حق السخان', intent: 'iot_wemo_off', note: '"switch off the water heater\'s smart plug"' },
  { say: 'اضبط منبه بكرة الساعة ستة ونص الصبح', intent: 'alarm_set' },
  { say: 'حط مؤقت عشر دقايق', intent: 'alarm_set' },
  { say: 'وش المنبهات اللي عندي', intent: 'alarm_query' },
  { say: 'امسح منبه الساعة سبعة', intent: 'alarm_remove' },
  { say: 'ارفع الصوت شوي', intent: 'audio_volume_up' },
  { say: 'نزل الصوت شوي', intent: 'audio_volume_down' },
  { say: 'اكتم الصوت', intent: 'audio_volume_mute' },
  { say: 'شغل أغاني محمد عبده', intent: 'play_music' },
  { say: 'شغل إذاعة الرياض', intent: 'play_radio', note: '"play Riyadh radio station"' },
  { say: 'كيف الجو بكرة في جدة', intent: 'weather_query' },
  { say: 'كم الساعة الحين', intent: 'datetime_query' },
  { say: 'ضيف حليب وخبز لقائمة المشتريات', intent: 'lists_createoradd' },
  { say: 'حط موعد مع الدكتور يوم الأربعاء الساعة أربعة العصر في التقويم', intent: 'calendar_set' },
];

export default cases;
