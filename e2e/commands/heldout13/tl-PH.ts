// Thirteenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** tl-PH: thirteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'gisingin mo ako ng alas singko singkwenta ng umaga', expect: { alarm: '05:50' }, note: 'Spanish-derived clock numbers: "alas singko singkwenta" is 5:50; "ng umaga" is in the morning.' },
  { skill: 'alarm', say: 'mag alarm ka sa biyernes ng alas sais y medya ng umaga', expect: { alarm: { time: '06:30', day: '2026-11-27' } }, note: '"alas sais y medya" is half past six; "biyernes" is Friday.' },
  { skill: 'timer', say: 'mag timer ka ng isang oras at labinlimang minuto', expect: { timer: 4500 }, note: '"labinlimang" is fifteen (with linker).' },
  { skill: 'timer', say: 'mag timer ka ng apatnapung segundo', expect: { timer: 40 } },
  { skill: 'list', say: 'idagdag mo sa shopping list ang gatas kape at asukal', expect: { listItems: ['gatas', 'kape', 'asukal'] }, note: '"ang" is the topic marker before the whole list, not part of the first item.' },
  { skill: 'calendar', say: 'ilagay mo sa calendar ang lunch kasama si ana bukas ng alas dose y medya', expect: { event: { day: '2026-11-25', time: '12:30', titleIncludes: 'lunch', notInTitle: ['bukas', 'alas', 'dose', 'medya'] } }, note: '"bukas" is tomorrow; "alas dose y medya" is 12:30.' },
  { skill: 'light', say: 'pakipatay ang ilaw', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'hinaan mo nang konti ang ilaw', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'ilagay mo sa 30 ang volume', expect: { volume: 30 } },
  { skill: 'media', say: 'ituloy mo yung tugtog', expect: { playing: true }, given: { playing: false }, note: '"tugtog" is the music playing; "ituloy" is continue.' },
  { skill: 'math', say: 'ilan ang labindalawa plus labinlima', expect: { math: '27' } },
  { skill: 'followup', say: ['pakidagdag sa shopping list ko', 'patayin mo yung ilaw'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
