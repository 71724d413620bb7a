// Ninth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** jv-ID: ninth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'pasang alarm sesuk esuk jam lima',
    expect: { alarm: { time: '05:00', day: '2026-11-25' } },
    note: 'Ngoko Javanese: "sesuk" tomorrow, "esuk" morning, "lima" five.',
  },
  {
    skill: 'alarm',
    say: 'gawekna alarm jam setengah wolu bengi',
    expect: { alarm: '19:30' },
    note: '"setengah wolu" is half before eight, i.e. 7:30 (as in Indonesian); "bengi" is night/evening, so 19:30.',
  },
  { skill: 'timer', say: 'pasang timer selawe menit', expect: { timer: 1500 }, note: '"selawe" is the Javanese word for twenty-five.' },
  { skill: 'timer', say: 'timer 10 menit ya', expect: { timer: 600 } },
  { skill: 'list', say: 'tambahna gula karo teh nang dhaptar blanjan', expect: { listItems: ['gula', 'teh'] }, note: 'Sugar and tea; "karo" is and.' },
  {
    skill: 'calendar',
    say: 'catet arisan dina minggu jam papat sore',
    expect: { event: { day: '2026-11-29', time: '16:00', titleIncludes: 'arisan', notInTitle: ['minggu', 'papat', 'sore'] } },
    note: '"dina minggu" is Sunday ("minggu" alone can also mean week); "jam papat sore" is four in the afternoon; "arisan" is a rotating-savings gathering.',
  },
  { skill: 'light', say: 'uripna lampune', expect: { light: { on: true } } },
  { skill: 'light', say: 'ganti lampune dadi abang', expect: { light: { on: true, colour: 'red' } }, note: '"abang" is red in Javanese.' },
  { skill: 'volume', say: 'swarane gedhekna sithik', expect: { volume: 'up' } },
  { skill: 'media', say: 'mandhegna lagune sik', expect: { playing: false }, note: '"mandhegna" is stop/pause, "sik" is for now.' },
  { skill: 'datetime', say: 'saiki jam pira', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['pasang alarm', 'jam enem esuk'],
    expect: { alarm: '06:00' },
    note: 'The assistant asks for the time; the answer is six in the morning.',
  },
];

export default commands;
