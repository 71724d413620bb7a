// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** ar-SA: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'لو سمحت صحيني بكرة الساعة ستة ونص الصبح',
    expect: { alarm: { time: '06:30', day: '2026-11-25' } },
    note: 'Saudi colloquial: "bukra" tomorrow, "as-subh" in the morning.',
  },
  { skill: 'alarm', say: 'ممكن تضبط لي منبه على الساعة عشرة مساء', expect: { alarm: '22:00' } },
  { skill: 'timer', say: 'أبغى مؤقت لمدة عشرين دقيقة', expect: { timer: 1200 } },
  { skill: 'list', say: 'أضف حليب وخبز إلى قائمة التسوق', expect: { listItems: ['حليب', 'خبز'] } },
  {
    skill: 'calendar',
    say: 'أضف موعد مع الدكتور يوم الخميس الساعة أربعة العصر',
    expect: { event: { day: '2026-11-26', time: '16:00', titleIncludes: 'الدكتور', notInTitle: ['الخميس', 'أربعة', 'العصر'] } },
    note: '"al-asr" is the afternoon: four in the afternoon, 16:00.',
  },
  { skill: 'light', say: 'ممكن تشغل النور', expect: { light: { on: true } } },
  { skill: 'light', say: 'غير لون الإضاءة إلى البرتقالي', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'نزل الصوت شوي لو سمحت', expect: { volume: 'down' } },
  { skill: 'media', say: 'وقف الموسيقى لحظة', expect: { playing: false } },
  { skill: 'math', say: 'كم حاصل ضرب تسعة في ثمانية', expect: { math: '72' } },
  { skill: 'datetime', say: 'ممكن تقول لي كم الساعة الحين', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['اضبط منبه', 'الساعة سبعة وربع الصبح'],
    expect: { alarm: '07:15' },
    note: 'The assistant asks for the time; the second turn answers it (quarter past seven in the morning).',
  },
];

export default commands;
