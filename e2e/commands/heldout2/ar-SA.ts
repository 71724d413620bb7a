// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** ar-SA: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'صحيني بكرة الساعة سبعة الصبح', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'اضبط المنبه على الساعة سبعة الا ربع الصبح', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'شغل مؤقت عشر دقايق', expect: { timer: 600 } },
  { skill: 'list', say: 'ضيف طماطم وبصل لقائمة المشتريات', expect: { listItems: ['طماطم', 'بصل'] } },
  { skill: 'calendar', say: 'حط موعد مع الدكتور يوم الجمعة الساعة اثنين الظهر', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'الدكتور', notInTitle: ['الجمعة', 'الظهر'] } } },
  { skill: 'light', say: 'طفي النور', expect: { light: { on: false } } },
  { skill: 'light', say: 'خلي الإضاءة خضراء', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'نزل الصوت شوي', expect: { volume: 'down' } },
  { skill: 'media', say: 'وقف الأغنية', expect: { playing: false } },
  { skill: 'math', say: 'كم خمسة عشر ضرب أربعة', expect: { math: '60' } },
  { skill: 'datetime', say: 'الساعة كم الحين', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['ابي مؤقت', 'ربع ساعة'], expect: { timer: 900 } },
];
export default commands;
