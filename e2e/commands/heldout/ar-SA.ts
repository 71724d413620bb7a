// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** ar-SA: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'صحيني بكرة الساعة ستة الصبح', expect: { alarm: { time: '06:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'اضبط منبه الساعة عشرة ونص بالليل', expect: { alarm: '22:30' } },
  { skill: 'timer', say: 'ضع مؤقت لمدة ربع ساعة', expect: { timer: 900 } },
  { skill: 'list', say: 'أضف خبز وحليب لقائمة المشتريات', expect: { listItems: ['خبز', 'حليب'] } },
  { skill: 'calendar', say: 'حط اجتماع مع سارة يوم الأحد الساعة عشرة الصبح', expect: { event: { day: '2026-11-29', time: '10:00', titleIncludes: 'اجتماع', notInTitle: ['الأحد', 'الصبح'] } } },
  { skill: 'light', say: 'ولع الأنوار لو سمحت', expect: { light: { on: true } } },
  { skill: 'light', say: 'غير لون الضوء للأخضر', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'وطي الصوت', expect: { volume: 'down' } },
  { skill: 'media', say: 'وقف الموسيقى', expect: { playing: false } },
  { skill: 'math', say: 'كم يساوي خمسون ناقص سبعة عشر', expect: { math: '33' } },
  { skill: 'datetime', say: 'كم الساعة الحين', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['ضع مؤقت', 'عشر دقائق'], expect: { timer: 600 } },
];
export default commands;
