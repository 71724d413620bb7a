// Eleventh held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** km-KH: eleventh held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ដាស់ខ្ញុំម៉ោងប្រាំមួយ ដប់ប្រាំនាទីព្រឹក', expect: { alarm: '06:15' }, note: '"ប្រាំមួយ" = five-one = 6; "ដប់ប្រាំនាទី" = fifteen minutes; "ព្រឹក" = morning.' },
  { skill: 'alarm', say: 'កំណត់ម៉ោងរោទិ៍ថ្ងៃអាទិត្យ ម៉ោងប្រាំពីរកន្លះព្រឹក', expect: { alarm: { time: '07:30', day: '2026-11-29' } }, note: '"ថ្ងៃអាទិត្យ" = Sunday; "ប្រាំពីរកន្លះ" = seven and a half = 07:30.' },
  { skill: 'timer', say: 'កំណត់ម៉ោងរាប់ថយក្រោយ មួយម៉ោង ម្ភៃនាទី', expect: { timer: 4800 }, note: '"ម៉ោងរាប់ថយក្រោយ" = countdown clock; "ម៉ោង" is both o\'clock and hour.' },
  { skill: 'timer', say: 'រាប់ថយក្រោយកន្លះម៉ោង', expect: { timer: 1800 }, note: '"កន្លះម៉ោង" = half an hour.' },
  { skill: 'list', say: 'បន្ថែម ទឹកដោះគោ ពងមាន់ និង នំបុ័ង ចូលបញ្ជីទិញឥវ៉ាន់', expect: { listItems: ['ទឹកដោះគោ', 'ពងមាន់', 'នំបុ័ង'] }, note: 'Milk, eggs and bread; "បញ្ជីទិញឥវ៉ាន់" = shopping list. Khmer writes no spaces inside a phrase; the spaces are between the items.' },
  { skill: 'calendar', say: 'ដាក់ក្នុងប្រតិទិន ញ៉ាំបាយថ្ងៃត្រង់ជាមួយសុភា ថ្ងៃស្អែក ម៉ោងដប់ពីរ ដប់ប្រាំនាទី', expect: { event: { day: '2026-11-25', time: '12:15', titleIncludes: 'សុភា', notInTitle: ['ស្អែក', 'ដប់ពីរ', 'ដប់ប្រាំ'] } }, note: '"ញ៉ាំបាយថ្ងៃត្រង់ជាមួយសុភា" = lunch with Sophea; "ថ្ងៃស្អែក" = tomorrow; 12:15.' },
  { skill: 'light', say: 'បិទភ្លើង', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'បង្កើនពន្លឺភ្លើងបន្តិច', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' }, note: '"បង្កើនពន្លឺ" = increase the brightness.' },
  { skill: 'volume', say: 'ដាក់សំឡេងត្រឹមហាសិប', expect: { volume: 50 } },
  { skill: 'media', say: 'បន្តចាក់ចម្រៀងវិញ', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'ប្រាំមួយគុណនឹងប្រាំបី ស្មើប៉ុន្មាន', expect: { math: '48' }, note: '6 × 8; Khmer 6 and 8 are "five-one" and "five-three".' },
  { skill: 'followup', say: ['បន្ថែមរបស់ចូលបញ្ជីទិញឥវ៉ាន់', 'បិទភ្លើងសិន'], expect: { light: { on: false } }, given: { light: 'on' }, note: '"បិទភ្លើងសិន" = turn off the light first.' },
];

export default commands;
