// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'شغل نور المطبخ', intent: 'iot_hue_lighton' },
  { say: 'ممكن تشغل الأباجورة في غرفة النوم', intent: 'iot_hue_lighton' },
  { say: 'المكان مظلم شغل النور', intent: 'iot_hue_lighton' },
  { say: 'افتح الإضاءة في الصالة', intent: 'iot_hue_lighton' },
  { say: 'طفي نور الحمام', intent: 'iot_hue_lightoff' },
  { say: 'أطفئ كل الأنوار في الدور الأرضي', intent: 'iot_hue_lightoff' },
  { say: 'سكر نور الممر', intent: 'iot_hue_lightoff' },
  { say: 'خفف إضاءة الصالة', intent: 'iot_hue_lightdim' },
  { say: 'قلل سطوع غرفة النوم إلى 20 بالمية', intent: 'iot_hue_lightdim' },
  { say: 'ممكن تزيد الإضاءة هنا شوي', intent: 'iot_hue_lightup' },
  { say: 'ارفع سطوع نور المطبخ', intent: 'iot_hue_lightup' },
  { say: 'خل نور الصالة أزرق', intent: 'iot_hue_lightchange' },
  { say: 'غير لون الأباجورة إلى أحمر', intent: 'iot_hue_lightchange' },
  { say: 'اضبط مؤقت لمدة 10 دقايق', intent: 'alarm_set' },
  { say: 'شغل مؤقت 25 دقيقة للبيتزا', intent: 'alarm_set' },
  { say: 'صحني بكرة الساعة 6 ونص', intent: 'alarm_set' },
  { say: 'أضف حليب لقائمة المشتريات', intent: 'lists_createoradd' },
  { say: 'حط بيض وخبز في قائمة التسوق', intent: 'lists_createoradd' },
  { say: 'ارفع الصوت', intent: 'audio_volume_up' },
  { say: 'وطي الصوت شوي', intent: 'audio_volume_down' },
  { say: 'اكتم الصوت', intent: 'audio_volume_mute' },
  { say: 'أضف موعد عند دكتور الأسنان يوم الجمعة الساعة 3 العصر في التقويم', intent: 'calendar_set' },
  { say: 'كيف الجو بكرة', intent: 'weather_query' },
  { say: 'كم الساعة الحين', intent: 'datetime_query' },
];

export default cases;
