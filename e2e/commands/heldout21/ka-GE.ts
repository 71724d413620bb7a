// Twenty-first held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ka-GE: twenty-first held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ზეგ დილის რვის ნახევარზე გამაღვიძე', expect: { alarm: { time: '07:30', day: '2026-11-26' } }, note: '"ზეგ" is the day after tomorrow (Thu 26 Nov); "რვის ნახევარი" (half of the eighth hour) is 07:30.' },
  { skill: 'alarm', say: 'ღამის თერთმეტ საათზე დამიყენე მაღვიძარა', expect: { alarm: '23:00' }, note: '"ღამის თერთმეტი" is eleven at night.' },
  { skill: 'timer', say: 'ტაიმერი დამიყენე ორ წუთსა და ოცდაათ წამზე', expect: { timer: 150 } },
  { skill: 'timer', say: 'ნახევარი საათით ჩართე ტაიმერი', expect: { timer: 1800 } },
  { skill: 'list', say: 'საყიდლების სიაში ჩამიწერე ზეითუნის ზეთი', expect: { listItems: ['ზეითუნის ზეთი'] }, note: '"ზეითუნის ზეთი" is olive oil, one item.' },
  { skill: 'calendar', say: 'კალენდარში ჩამიწერე ვახშამი გიორგისთან ხვალ საღამოს შვიდზე', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'ვახშამი', notInTitle: ['ხვალ', 'საღამოს', 'შვიდზე'] } } },
  { skill: 'light', say: 'შუქი ოცდაათ პროცენტამდე ჩაუწიე', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'შუქი ცოტა აუწიე', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'ხმა დააყენე ოცზე', expect: { volume: 20 } },
  { skill: 'media', say: 'რამე მუსიკა ჩამირთე', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'რამდენია ას ორმოცდაათის ოცი პროცენტი', expect: { math: '30' } },
  { skill: 'followup', say: ['მაღვიძარა დამიყენე', 'დილის ექვსის ნახევარზე'], expect: { alarm: '05:30' }, note: 'Georgian counts into the coming hour: "ექვსის ნახევარი" (half of the sixth) is 05:30.' },
];

export default commands;
