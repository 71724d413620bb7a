/** ar-SA: natural commands (Saudi colloquial and standard forms), written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // المنبه
  { skill: 'alarm', say: 'صحني الساعة 6 و 15 الصبح', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'اضبط منبه بكرة الساعة سبعة ونص الصبح', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'حط منبه الساعة 6 ونص المسا', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: 'صحني الساعة ستة الا ربع', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'اضبط منبه الساعة عشرة وربع بالليل', expect: { alarm: '22:15' } },
  // المؤقت
  { skill: 'timer', say: 'مؤقت 25 دقيقة', expect: { timer: 1500 } },
  { skill: 'timer', say: 'اضبط مؤقت عشر دقايق', expect: { timer: 600 } },
  { skill: 'timer', say: 'شغل مؤقت ساعة ونص', expect: { timer: 5400 } },
  // القوائم
  { skill: 'list', say: 'أضف حليب لقائمة المشتريات', expect: { listItems: ['حليب'] } },
  { skill: 'list', say: 'حط تفاح وكمثرى في قائمة المشتريات', expect: { listItems: ['تفاح', 'كمثرى'] } },
  { skill: 'list', say: 'أضف بيض وزبدة إلى قائمتي', expect: { listItems: ['بيض', 'زبدة'] } },
  // التقويم
  { skill: 'calendar', say: 'أضف موعد دكتور الأسنان يوم الخميس الساعة 4 ونص العصر', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'الأسنان', notInTitle: ['الخميس', 'الساعة', 'العصر'] } } },
  { skill: 'calendar', say: 'حط اجتماع مع سارة بكرة الساعة عشرة الصبح', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'سارة', notInTitle: ['بكرة', 'الساعة', 'عشرة'] } } },
  { skill: 'calendar', say: 'سجل غداء مع توم يوم الجمعة الساعة 12 ونص الظهر', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: 'غداء', notInTitle: ['الجمعة', 'الساعة', 'الظهر'] } } },
  // الإضاءة
  { skill: 'light', say: 'شغل النور', expect: { light: { on: true } } },
  { skill: 'light', say: 'طفي الأنوار', expect: { light: { on: false } } },
  { skill: 'light', say: 'خفف الإضاءة', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'زود الإضاءة', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'خلي النور أخضر', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'غير لون الإضاءة إلى أزرق', expect: { light: { on: true, colour: 'blue' } } },
  // الصوت
  { skill: 'volume', say: 'علي الصوت', expect: { volume: 'up' } },
  { skill: 'volume', say: 'وطي الصوت شوي', expect: { volume: 'down' } },
  { skill: 'volume', say: 'خلي الصوت على 30', expect: { volume: 30 } },
  // الموسيقى
  { skill: 'media', say: 'شغل موسيقى', expect: { playing: true } },
  { skill: 'media', say: 'وقف الموسيقى مؤقتا', expect: { playing: false } },
  // الحساب
  { skill: 'math', say: 'كم 7 ضرب 7', expect: { math: '49' } },
  { skill: 'math', say: 'خمسة عشر زائد سبعة وعشرين', expect: { math: '42' } },
  // الوقت والتاريخ
  { skill: 'datetime', say: 'كم الساعة', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: 'وش تاريخ اليوم', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // المحادثات
  { skill: 'followup', say: ['اضبط منبه', 'الساعة 7 الصبح'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['شغل مؤقت', 'خمس دقائق'], expect: { timer: 300 } },
  { skill: 'followup', say: ['أضف لقائمة المشتريات', 'طفي النور'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
