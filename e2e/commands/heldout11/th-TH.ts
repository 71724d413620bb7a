// Eleventh held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** th-TH: eleventh held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ตั้งนาฬิกาปลุกตีห้าสี่สิบห้านาที', expect: { alarm: '05:45' }, note: 'Thai clock: "ตีห้า" = 5 in the early morning, so 05:45.' },
  { skill: 'alarm', say: 'ตั้งปลุกวันจันทร์หกโมงเช้า', expect: { alarm: { time: '06:00', day: '2026-11-30' } }, note: '"หกโมงเช้า" = six in the morning.' },
  { skill: 'timer', say: 'ตั้งเวลาถอยหลังหนึ่งชั่วโมงยี่สิบห้านาที', expect: { timer: 5100 }, note: '"ตั้งเวลาถอยหลัง" = set a countdown.' },
  { skill: 'timer', say: 'ตั้งไทเมอร์สี่สิบห้าวินาที', expect: { timer: 45 }, note: '"ไทเมอร์" = timer (loanword).' },
  { skill: 'list', say: 'เพิ่ม นม ไข่ และ ขนมปัง ในรายการซื้อของ', expect: { listItems: ['นม', 'ไข่', 'ขนมปัง'] }, note: 'Thai has no spaces between words; the spaces are where a recognizer or a dictating person would put them.' },
  { skill: 'calendar', say: 'ลงปฏิทินพรุ่งนี้บ่ายโมงครึ่ง กินข้าวกับสมชาย', expect: { event: { day: '2026-11-25', time: '13:30', titleIncludes: 'สมชาย', notInTitle: ['พรุ่งนี้', 'บ่ายโมง', 'ครึ่ง'] } }, note: '"บ่ายโมงครึ่ง" = half past one in the afternoon = 13:30; "กินข้าวกับสมชาย" = a meal with Somchai.' },
  { skill: 'light', say: 'ปิดไฟหน่อย', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'หรี่ไฟลงหน่อย', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' }, note: '"หรี่" = dim.' },
  { skill: 'volume', say: 'ปรับระดับเสียงเป็นยี่สิบ', expect: { volume: 20 } },
  { skill: 'media', say: 'เล่นเพลงต่อ', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'เก้าคูณเจ็ดได้เท่าไหร่', expect: { math: '63' } },
  { skill: 'followup', say: ['เพิ่มของในรายการซื้อของหน่อย', 'ปิดไฟให้หน่อย'], expect: { light: { on: false } }, given: { light: 'on' }, note: '"เพิ่มของ" = add a thing; no item is named.' },
];

export default commands;
