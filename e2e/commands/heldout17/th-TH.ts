// Seventeenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** th-TH: seventeenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ตั้งปลุกมะรืนนี้ตีห้าครึ่งหน่อย', expect: { alarm: { time: '05:30', day: '2026-11-26' } }, note: '"มะรืนนี้" is the day after tomorrow (Thu 2026-11-26); "ตีห้าครึ่ง" is half past five in the early morning (ตี counts 1 to 5 am).' },
  { skill: 'alarm', say: 'ตั้งปลุกสามทุ่มครึ่ง', expect: { alarm: '21:30' }, note: 'Thai counts evening hours in ทุ่ม from 7 pm: สามทุ่ม is 21:00, so สามทุ่มครึ่ง is 21:30.' },
  { skill: 'timer', say: 'จับเวลาสองนาทียี่สิบวินาที', expect: { timer: 140 }, note: '2 min 20 s = 140 s.' },
  { skill: 'timer', say: 'จับเวลาครึ่งชั่วโมง', expect: { timer: 1800 }, note: '"ครึ่งชั่วโมง" is half an hour.' },
  { skill: 'list', say: 'เพิ่มซอสมะเขือเทศลงในลิสต์ซื้อของ', expect: { listItems: ['ซอสมะเขือเทศ'] }, note: 'One item, tomato sauce (ซอส + มะเขือเทศ, written without a space).' },
  { skill: 'calendar', say: 'ลงปฏิทินว่าพรุ่งนี้หนึ่งทุ่มกินข้าวกับพี่นิด', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'นิด', notInTitle: ['พรุ่งนี้', 'ทุ่ม'] } }, note: '"หนึ่งทุ่ม" is 7 pm; the title is a meal with (older sibling-term) Nid.' },
  { skill: 'light', say: 'หรี่ไฟเหลือสามสิบเปอร์เซ็นต์', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'ขอไฟสว่างขึ้นอีกนิดนึง', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'ปรับเสียงไปที่สามสิบห้า', expect: { volume: 35 } },
  { skill: 'media', say: 'เปิดเพลงหน่อย', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'ร้อยสี่สิบสี่หารสิบสองได้เท่าไหร่', expect: { math: '12' }, note: '144 divided by 12 = 12.' },
  { skill: 'followup', say: ['ตั้งนาฬิกาปลุกให้หน่อย', 'หกโมงสิบห้านาที'], expect: { alarm: '06:15' }, note: '"หกโมง" alone is 6 am (6 pm is หกโมงเย็น): 06:15.' },
];

export default commands;
