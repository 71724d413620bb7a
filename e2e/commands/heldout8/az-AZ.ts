// Eighth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** az-AZ: eighth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'məni sabah səhər saat yeddidə oyat',
    expect: { alarm: { time: '07:00', day: '2026-11-25' } },
    note: '"sabah" is tomorrow, "səhər" morning.',
  },
  {
    skill: 'alarm',
    say: 'axşam saat ona zəngli saat qur',
    expect: { alarm: '22:00' },
    note: 'Ten ("ona", dative of "on") in the evening.',
  },
  { skill: 'timer', say: 'otuz dəqiqəlik taymer qur', expect: { timer: 1800 } },
  { skill: 'timer', say: '12 dəqiqəlik taymer qoy', expect: { timer: 720 } },
  { skill: 'list', say: 'alış-veriş siyahısına yağ və pendir əlavə et', expect: { listItems: ['yağ', 'pendir'] } },
  {
    skill: 'calendar',
    say: 'cümə günü günortadan sonra saat üçdə həkim qəbulunu təqvimə əlavə et',
    expect: {
      event: { day: '2026-11-27', time: '15:00', titleIncludes: 'həkim', notInTitle: ['cümə', 'günorta', 'saat', 'üç'] },
    },
    note: 'A doctor\'s appointment on Friday ("cümə") at three in the afternoon.',
  },
  { skill: 'light', say: 'zəhmət olmasa işığı yandır', expect: { light: { on: true } } },
  { skill: 'light', say: 'işığı yaşıl et', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'səsi bir az artır', expect: { volume: 'up' } },
  { skill: 'media', say: 'musiqini dayandır', expect: { playing: false } },
  { skill: 'datetime', say: 'indi saat neçədir', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['zəngli saat qur', 'səhər saat altı yarımda'],
    expect: { alarm: '06:30' },
    note: 'The assistant asks for the time; "altı yarım" is half past six.',
  },
];

export default commands;
