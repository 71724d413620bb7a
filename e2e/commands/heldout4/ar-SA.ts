// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** ar-SA: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'صحني بكرة الساعة ستة ونص', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'اضبط منبه الساعة 8 الصبح', expect: { alarm: '08:00' } },
  { skill: 'timer', say: 'شغل مؤقت ربع ساعة', expect: { timer: 900 } },
  { skill: 'list', say: 'ضيف حليب لقائمة المشتريات', expect: { listItems: ['حليب'] } },
  { skill: 'calendar', say: 'سجل في التقويم اجتماع يوم الخميس الساعة عشرة الصبح', expect: { event: { day: '2026-11-26', time: '10:00', titleIncludes: 'اجتماع', notInTitle: ['الخميس', 'الساعة', 'الصبح'] } } },
  { skill: 'light', say: 'خفف الإضاءة شوي', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'غير لون الإضاءة للأزرق', expect: { light: { on: true, colour: 'blue' } } },
  { skill: 'volume', say: 'ممكن توطي الصوت شوي', expect: { volume: 'down' } },
  { skill: 'media', say: 'وقف الأغنية لو سمحت', expect: { playing: false } },
  { skill: 'math', say: 'كم يطلع 15 ضرب 6', expect: { math: '90' } },
  { skill: 'datetime', say: 'كم التاريخ اليوم', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['ضيف شي على قائمة المشتريات', 'شغل النور'], expect: { light: { on: true } } },
];
export default commands;
