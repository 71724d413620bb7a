// Thirteenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ka-GE: thirteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'გამაღვიძე დილის შვიდის თხუთმეტ წუთზე', expect: { alarm: '06:15' }, note: 'Georgian counts minutes into the coming hour: "შვიდის თხუთმეტი წუთი" (fifteen minutes of seven) is 06:15.' },
  { skill: 'alarm', say: 'შაბათს დილის რვის ნახევარზე დამიყენე მაღვიძარა', expect: { alarm: { time: '07:30', day: '2026-11-28' } }, note: '"რვის ნახევარი" (half of eight) is 07:30; "შაბათს" is on Saturday.' },
  { skill: 'timer', say: 'ტაიმერი დააყენე ერთ საათსა და ოცდახუთ წუთზე', expect: { timer: 5100 }, note: 'Vigesimal: "ოცდახუთი" is twenty-five.' },
  { skill: 'timer', say: 'ნახევარი საათით ჩართე ტაიმერი', expect: { timer: 1800 } },
  { skill: 'list', say: 'საყიდლების სიაში დაამატე რძე პური და კვერცხი', expect: { listItems: ['რძე', 'პური', 'კვერცხი'] } },
  { skill: 'calendar', say: 'კალენდარში ჩაწერე ლანჩი ნინოსთან ხვალ თორმეტ საათსა და თხუთმეტ წუთზე', expect: { event: { day: '2026-11-25', time: '12:15', titleIncludes: 'ლანჩი', notInTitle: ['ხვალ', 'თორმეტ', 'თხუთმეტ', 'წუთ'] } }, note: '"ლანჩი ნინოსთან" is lunch with Nino; the time is said plainly, twelve hours and fifteen minutes.' },
  { skill: 'light', say: 'შუქი გამორთე', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'შუქს ცოტა მოუმატე', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'ხმა ორმოცდაათზე დააყენე', expect: { volume: 50 }, note: 'Vigesimal: "ორმოცდაათი" (forty and ten) is fifty.' },
  { skill: 'media', say: 'მუსიკა გააგრძელე', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'რამდენია თვრამეტი პლუს ოცდაოთხი', expect: { math: '42' }, note: 'Vigesimal: "ოცდაოთხი" is twenty-four; 18 + 24.' },
  { skill: 'followup', say: ['საყიდლების სიაში რაღაც დამიმატე', 'შუქი ჩააქრე'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
