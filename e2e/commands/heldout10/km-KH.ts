// Tenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** km-KH: tenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ដាក់ម៉ោងរោទ៍ ម៉ោងប្រាំព្រឹកស្អែក', expect: { alarm: { time: '05:00', day: '2026-11-25' } }, note: 'ម៉ោងរោទ៍ = alarm clock; ម៉ោងប្រាំព្រឹកស្អែក = five o\'clock, morning, tomorrow.' },
  { skill: 'alarm', say: 'កំណត់ម៉ោងរោទ៍ នៅម៉ោងប្រាំមួយល្ងាច', expect: { alarm: '18:00' }, note: 'ប្រាំមួយ = six (five-one); ល្ងាច = evening.' },
  { skill: 'timer', say: 'ដាក់ម៉ោងរាប់ថយក្រោយ ដប់ប្រាំនាទី', expect: { timer: 900 }, note: 'រាប់ថយក្រោយ = count down; ដប់ប្រាំ = fifteen (ten-five).' },
  { skill: 'timer', say: 'កំណត់ពេល 10 នាទី', expect: { timer: 600 }, note: 'កំណត់ពេល = set a time (span): a ten-minute timer.' },
  { skill: 'list', say: 'ថែម ពងមាន់ និង អង្ករ ចូលក្នុងបញ្ជីទិញឥវ៉ាន់', expect: { listItems: ['ពងមាន់', 'អង្ករ'] }, note: 'eggs and rice; បញ្ជីទិញឥវ៉ាន់ = shopping list; ថែម = add (colloquial).' },
  {
    skill: 'calendar',
    say: 'កត់ចូលប្រតិទិន ណាត់ជួបពេទ្យធ្មេញ ថ្ងៃសុក្រ ម៉ោងពីររសៀល',
    expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'ពេទ្យធ្មេញ', notInTitle: ['សុក្រ', 'ម៉ោង', 'រសៀល'] } },
    note: 'Friday, two o\'clock in the afternoon (រសៀល); title: appointment with the dentist (ណាត់ជួបពេទ្យធ្មេញ).',
  },
  { skill: 'light', say: 'បើកភ្លើង', expect: { light: { on: true } }, note: 'literally "open the light".' },
  { skill: 'light', say: 'ប្តូរភ្លើងទៅពណ៌បៃតង', expect: { light: { on: true, colour: 'green' } }, note: 'ពណ៌បៃតង = green.' },
  { skill: 'volume', say: 'បង្កើនសំឡេងបន្តិច', expect: { volume: 'up' }, note: 'raise the sound a little.' },
  { skill: 'media', say: 'ផ្អាកចម្រៀងសិន', expect: { playing: false }, note: 'pause the song for now.' },
  { skill: 'datetime', say: 'ឥឡូវម៉ោងប៉ុន្មានហើយ', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['ដាក់ម៉ោងរោទ៍មួយ', 'ម៉ោងប្រាំពីរកន្លះព្រឹក'], expect: { alarm: '07:30' }, note: 'ប្រាំពីរកន្លះ = seven and a half; ព្រឹក = morning.' },
];

export default commands;
