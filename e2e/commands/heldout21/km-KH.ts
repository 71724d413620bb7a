// Twenty-first held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** km-KH: twenty-first held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ដាក់ម៉ោងរោទិ៍ថ្ងៃខានស្អែក ម៉ោងប្រាំមួយកន្លះព្រឹក', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: '"ខានស្អែក" is the day after tomorrow (Thu 26 Nov); "ប្រាំមួយកន្លះព្រឹក" is half past six in the morning.' },
  { skill: 'alarm', say: 'ដាក់រោទិ៍ម៉ោងដប់យប់', expect: { alarm: '22:00' }, note: '"ម៉ោងដប់យប់" is ten at night.' },
  { skill: 'timer', say: 'កំណត់ម៉ោងរាប់ថយក្រោយពីរនាទីសាមសិបវិនាទី', expect: { timer: 150 } },
  { skill: 'timer', say: 'ដាក់ម៉ោងរាប់ថយក្រោយកន្លះម៉ោង', expect: { timer: 1800 }, note: '"កន្លះម៉ោង" is half an hour.' },
  { skill: 'list', say: 'បន្ថែមក្រដាសអនាម័យទៅក្នុងបញ្ជីទិញឥវ៉ាន់', expect: { listItems: ['ក្រដាសអនាម័យ'] }, note: '"ក្រដាសអនាម័យ" (paper + hygiene) is toilet paper, one item.' },
  { skill: 'calendar', say: 'កត់ក្នុងប្រតិទិន ញ៉ាំបាយល្ងាចជាមួយសុខា ស្អែកម៉ោងប្រាំពីរយប់', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'សុខា', notInTitle: ['ស្អែក', 'ម៉ោង', 'ប្រាំពីរ', 'យប់'] } }, note: 'Khmer says seven in the evening as "ម៉ោងប្រាំពីរយប់" (seven at night): 19:00. The title is dinner with Sokha.' },
  { skill: 'light', say: 'បន្ថយពន្លឺភ្លើងមក 30 ភាគរយ', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'ធ្វើឲ្យភ្លើងភ្លឺជាងនេះបន្តិច', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'ដាក់សំឡេងត្រឹមម្ភៃ', expect: { volume: 20 } },
  { skill: 'media', say: 'ចាក់ចម្រៀងឲ្យស្តាប់មក', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'មួយរយសែសិបបួនចែកនឹងដប់ពីរស្មើប៉ុន្មាន', expect: { math: '12' } },
  { skill: 'followup', say: ['ដាក់ម៉ោងរោទិ៍មួយ', 'ម៉ោងប្រាំមួយដប់ប្រាំនាទីព្រឹក'], expect: { alarm: '06:15' } },
];

export default commands;
