// Sixteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ar-SA: sixteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'صحيني بعد بكرة الساعة ستة ونص الصبح', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: 'Saudi colloquial: "بعد بكرة" is the day after tomorrow (Thursday 26 November), "ستة ونص الصبح" is 06:30.' },
  { skill: 'alarm', say: 'حط منبه الساعة عشرة بالليل', expect: { alarm: '22:00' }, note: '"عشرة بالليل" is ten at night: 22:00.' },
  { skill: 'timer', say: 'شغل مؤقت دقيقتين وثلاثين ثانية', expect: { timer: 150 }, note: 'دقيقتين is the dual: two minutes.' },
  { skill: 'timer', say: 'حط مؤقت نص ساعة', expect: { timer: 1800 }, note: '"نص ساعة" is colloquial half an hour.' },
  { skill: 'list', say: 'ضيف زيت زيتون لقائمة المشتريات', expect: { listItems: ['زيت زيتون'] } },
  { skill: 'calendar', say: 'سجل في التقويم عشا مع أحمد بكرة الساعة ثمانية بالليل', expect: { event: { day: '2026-11-25', time: '20:00', titleIncludes: 'أحمد', notInTitle: ['بكرة', 'ثمانية', 'الليل', 'الساعة'] } }, note: '"بكرة" is tomorrow (Wednesday 25 November); "ثمانية بالليل" is 20:00. عشا is colloquial for dinner.' },
  { skill: 'light', say: 'خفف الإضاءة لثلاثين بالمية', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'زود النور شوي', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'خل الصوت على عشرين', expect: { volume: 20 } },
  { skill: 'media', say: 'شغل لي موسيقى', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'كم مية وعشرين تقسيم ثمانية', expect: { math: '15' }, note: '120 / 8 = 15; مية is colloquial for مئة.' },
  { skill: 'followup', say: ['حط منبه', 'الساعة سبعة إلا ربع الصبح'], expect: { alarm: '06:45' }, note: '"سبعة إلا ربع الصبح" is a quarter to seven in the morning: 06:45.' },
];

export default commands;
