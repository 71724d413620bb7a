// Ninth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** th-TH: ninth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'พรุ่งนี้ปลุกตอนหกโมงเช้าหน่อยนะ',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
    note: '"phrung ni" tomorrow; "hok mong chao" is six in the morning.',
  },
  {
    skill: 'alarm',
    say: 'ตั้งปลุกสองทุ่มครึ่ง',
    expect: { alarm: '20:30' },
    note: 'Thai six-hour clock: "thum" counts the evening hours from 19:00, so "song thum" is 20:00 and "khrueng" adds a half: 20:30.',
  },
  { skill: 'timer', say: 'จับเวลาสามสิบนาทีให้หน่อย', expect: { timer: 1800 } },
  { skill: 'timer', say: 'ตั้งจับเวลา 7 นาที', expect: { timer: 420 } },
  { skill: 'list', say: 'เพิ่มไข่กับนมในรายการซื้อของ', expect: { listItems: ['ไข่', 'นม'] }, note: 'Eggs and milk on the shopping list.' },
  {
    skill: 'calendar',
    say: 'ลงปฏิทินวันศุกร์บ่ายสามโมงไปหาหมอฟัน',
    expect: { event: { day: '2026-11-27', time: '15:00', titleIncludes: 'หมอฟัน', notInTitle: ['ศุกร์', 'บ่าย', 'สามโมง'] } },
    note: 'Friday; "bai sam mong" is three in the afternoon; going to the dentist.',
  },
  { skill: 'light', say: 'เปิดไฟหน่อย', expect: { light: { on: true } } },
  { skill: 'light', say: 'เปลี่ยนไฟเป็นสีเขียว', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'เบาเสียงลงหน่อย', expect: { volume: 'down' } },
  { skill: 'media', say: 'หยุดเพลงก่อน', expect: { playing: false } },
  { skill: 'datetime', say: 'ตอนนี้กี่โมงแล้ว', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['ตั้งนาฬิกาปลุก', 'ตีห้าครึ่ง'],
    expect: { alarm: '05:30' },
    note: 'The assistant asks for the time; "ti ha" is five in the small hours (01:00-05:00 are "ti"), half past: 05:30.',
  },
];

export default commands;
