// Twelfth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** az-AZ: twelfth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'məni səhər yeddiyə on beş dəqiqə qalmış oyat', expect: { alarm: '06:45' }, note: 'yeddiyə on beş dəqiqə qalmış = fifteen minutes left to seven = 06:45' },
  { skill: 'alarm', say: 'şənbə günü səhər doqquzun yarısına zəngli saat qur', expect: { alarm: { time: '08:30', day: '2026-11-28' } }, note: 'doqquzun yarısı = half of the ninth hour = 08:30; şənbə = Saturday' },
  { skill: 'timer', say: 'bir saat qırx dəqiqəlik taymer qur', expect: { timer: 6000 } },
  { skill: 'timer', say: 'qırx beş saniyəlik taymer qoy', expect: { timer: 45 } },
  { skill: 'list', say: 'alış-veriş siyahısına süd çörək və yumurta əlavə et', expect: { listItems: ['süd', 'çörək', 'yumurta'] } },
  { skill: 'calendar', say: 'təqvimə sabah saat birin yarısına elvinlə nahar əlavə et', expect: { event: { day: '2026-11-25', time: '12:30', titleIncludes: 'elvin', notInTitle: ['sabah', 'birin', 'yarısı'] } }, note: 'birin yarısı = half of the first hour = 12:30 (lunch); elvinlə = with Elvin' },
  { skill: 'light', say: 'işığı söndür', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'işığı bir az artır', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' }, note: 'artır = increase' },
  { skill: 'volume', say: 'səsi otuza qoy', expect: { volume: 30 } },
  { skill: 'media', say: 'musiqini davam etdir', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'otuz beş üstəgəl on yeddi neçə edir', expect: { math: '52' }, note: 'üstəgəl = plus' },
  { skill: 'followup', say: ['alış-veriş siyahısına nəsə əlavə et', 'işıqları söndür'], expect: { light: { on: false } }, given: { light: 'on' }, note: 'the second turn overtakes the pending what-to-add question' },
];

export default commands;
