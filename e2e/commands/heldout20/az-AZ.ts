// Twentieth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** az-AZ: twentieth held-out natural commands (Azerbaijani). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'gələn həftə bazar ertəsi səhər saat yeddidə məni oyat', expect: { alarm: { time: '07:00', day: '2026-11-30' } }, note: '"Bazar ertəsi" is Monday (not Sunday); next week\'s Monday is 30 November.' },
  { skill: 'alarm', say: 'gecə saat on birə zəngli saat qur', expect: { alarm: '23:00' }, note: '"Gecə saat on bir" is eleven at night.' },
  { skill: 'timer', say: 'taymeri bir dəqiqə qırx saniyəyə qur', expect: { timer: 100 } },
  { skill: 'timer', say: 'yarım saatlıq taymer qur', expect: { timer: 1800 } },
  { skill: 'list', say: 'bazarlıq siyahısına zeytun yağı əlavə et', expect: { listItems: ['zeytun yağı'] } },
  { skill: 'calendar', say: 'sabah axşam saat yeddidə leyla ilə şam yeməyini təqvimə yaz', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'leyla', notInTitle: ['sabah', 'axşam', 'yeddi', 'saat'] } }, note: '"Şam yeməyi" is dinner (the "şam" in it is not the "şam" inside "axşam"); "sabah axşam saat yeddi" is tomorrow at 19:00.' },
  { skill: 'light', say: 'işığı otuz faizə endir', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'işığı bir az artır', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'səsi iyirmi beşə qoy', expect: { volume: 25 } },
  { skill: 'media', say: 'bir az musiqi qoy', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'yüz qırx dördü on ikiyə bölsək neçə olar', expect: { math: '12' }, note: '144 divided by 12.' },
  { skill: 'followup', say: ['zəngli saat qur', 'səhər altının yarısına'], expect: { alarm: '05:30' }, note: 'Azerbaijani counts the half hour into the coming hour, like Russian: "altının yarısı" (half of the sixth) is 05:30, not 06:30.' },
];

export default commands;
