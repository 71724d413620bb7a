// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** ar-SA: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'صحني بكرة الساعة خمسة ونص الفجر', expect: { alarm: { time: '05:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'حط منبه الساعة 9 بالليل', expect: { alarm: '21:00' } },
  { skill: 'timer', say: 'مؤقت 20 دقيقة لو سمحت', expect: { timer: 1200 } },
  { skill: 'list', say: 'ضيف رز لقائمة المشتريات', expect: { listItems: ['رز'] } },
  { skill: 'calendar', say: 'سجل عشاء مع أهلي يوم السبت الساعة ثمانية بالليل', expect: { event: { day: '2026-11-28', time: '20:00', titleIncludes: 'عشاء', notInTitle: ['السبت', 'الساعة', 'بالليل'] } } },
  { skill: 'light', say: 'سكر النور', expect: { light: { on: false } } },
  { skill: 'light', say: 'ابي النور أحمر', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'ارفع الصوت شوي', expect: { volume: 'up' } },
  { skill: 'media', say: 'كمل الأغنية', expect: { playing: true } },
  { skill: 'math', say: 'كم يطلع مية وعشرين تقسيم أربعة', expect: { math: '30' } },
  { skill: 'datetime', say: 'كم صارت الساعة', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['ابي منبه', 'الساعة ستة وربع الصبح'], expect: { alarm: '06:15' } },
];
export default commands;
