// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ar-SA: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'صحني الساعة سبعة إلا ربع', expect: { alarm: '06:45' }, note: '"سبعة إلا ربع" is seven less a quarter: 06:45.' },
  { skill: 'alarm', say: 'حط منبه يوم السبت الساعة ثمانية الصبح', expect: { alarm: { time: '08:00', day: '2026-11-28' } } },
  { skill: 'timer', say: 'شغل مؤقت 20 دقيقة', expect: { timer: 1200 } },
  { skill: 'timer', say: 'حط مؤقت ساعة ونص', expect: { timer: 5400 } },
  { skill: 'list', say: 'ضيف حليب وخبز وبيض لقائمة المشتريات', expect: { listItems: ['حليب', 'خبز', 'بيض'] }, note: 'Arabic "and" (و) is written joined to the next word: "وخبز وبيض".' },
  { skill: 'calendar', say: 'سجل في التقويم اجتماع مع أحمد بكرة الساعة عشرة الصبح', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'اجتماع', notInTitle: ['بكرة', 'عشرة', 'الصبح'] } }, note: '"بكرة" is colloquial for tomorrow.' },
  { skill: 'light', say: 'طف النور', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'خل لون النور أزرق', expect: { light: { colour: 'blue' } } },
  { skill: 'volume', say: 'ارفع الصوت شوي', expect: { volume: 'up' } },
  { skill: 'media', say: 'وقف الموسيقى شوي', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: 'كم يساوي سبعة ضرب ثمانية', expect: { math: '56' } },
  { skill: 'followup', say: ['حط منبه', 'لا خلاص شغل الموسيقى'], expect: { playing: true }, given: { playing: false }, note: '"لا خلاص" = no, forget it; the alarm question is dropped, music plays.' },
];

export default commands;
