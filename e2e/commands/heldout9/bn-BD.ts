// Ninth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** bn-BD: ninth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'কাল সকাল সাতটায় একটা অ্যালার্ম দিয়ে রাখো',
    expect: { alarm: { time: '07:00', day: '2026-11-25' } },
    note: '"kal" is both yesterday and tomorrow; with a request it can only be tomorrow. "sokal" is the morning.',
  },
  {
    skill: 'alarm',
    say: 'সন্ধ্যা সাতটায় একটা অ্যালার্ম সেট করো',
    expect: { alarm: '19:00' },
    note: '"shondhya" is the evening: seven in the evening.',
  },
  { skill: 'timer', say: 'পনেরো মিনিটের একটা টাইমার চালু করো', expect: { timer: 900 } },
  {
    skill: 'timer',
    say: '৪৫ সেকেন্ডের একটা টাইমার দাও',
    expect: { timer: 45 },
    note: 'Bengali digits ৪৫ = 45 seconds, as a bn-BD recognizer writes them.',
  },
  { skill: 'list', say: 'বাজারের লিস্টে ডিম আর চাল যোগ করে দাও', expect: { listItems: ['ডিম', 'চাল'] }, note: 'Eggs and rice on the shopping ("bazar") list.' },
  {
    skill: 'calendar',
    say: 'বৃহস্পতিবার বিকেল তিনটায় ক্যালেন্ডারে ডাক্তারের অ্যাপয়েন্টমেন্ট যোগ করো',
    expect: { event: { day: '2026-11-26', time: '15:00', titleIncludes: 'ডাক্তার', notInTitle: ['বৃহস্পতিবার', 'বিকেল', 'তিনটা'] } },
    note: 'Thursday at three in the afternoon ("bikel"): a doctor\'s appointment.',
  },
  { skill: 'light', say: 'লাইটটা জ্বালাও তো', expect: { light: { on: true } } },
  { skill: 'light', say: 'লাইটটা নীল করে দাও', expect: { light: { on: true, colour: 'blue' } } },
  { skill: 'volume', say: 'সাউন্ড একটু কমিয়ে দাও', expect: { volume: 'down' } },
  { skill: 'media', say: 'গানটা থামাও', expect: { playing: false } },
  { skill: 'datetime', say: 'এখন কয়টা বাজে', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['একটা অ্যালার্ম সেট করো', 'সকাল সাড়ে পাঁচটায়'],
    expect: { alarm: '05:30' },
    note: 'The assistant asks for the time; "sare panchta" is half past five, in the morning.',
  },
];

export default commands;
