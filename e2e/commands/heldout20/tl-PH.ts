// Twentieth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** tl-PH: twentieth held-out natural commands (Tagalog). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'mag set ka ng alarm sa susunod na lunes alas siyete ng umaga', expect: { alarm: { time: '07:00', day: '2026-11-30' } }, note: '"Sa susunod na lunes" is next Monday, 30 November; "alas siyete ng umaga" is 07:00.' },
  { skill: 'alarm', say: 'paki set ng alarm alas nuwebe y medya ng gabi', expect: { alarm: '21:30' }, note: 'Spanish-derived time: "alas nuwebe y medya ng gabi" is half past nine in the evening.' },
  { skill: 'timer', say: 'mag timer ka ng tatlong minuto at dalawampung segundo', expect: { timer: 200 } },
  { skill: 'timer', say: 'mag timer ka ng kalahating oras', expect: { timer: 1800 } },
  { skill: 'list', say: 'idagdag mo yung toilet paper sa shopping list', expect: { listItems: ['toilet paper'] }, note: 'Taglish; "yung" is the casual article, not part of the item.' },
  { skill: 'calendar', say: 'ilagay mo sa calendar dinner kasama si carlo bukas ng gabi alas siyete', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'carlo', notInTitle: ['bukas', 'gabi', 'alas', 'siyete'] } }, note: '"Bukas ng gabi alas siyete" is tomorrow at 7 in the evening, 19:00.' },
  { skill: 'light', say: 'paki dim yung ilaw sa thirty percent', expect: { light: { brightness: 30 } }, given: { light: 'on' }, note: 'Written "paki-dim" in text; the recognizer form has no hyphen.' },
  { skill: 'light', say: 'paliwanagin mo pa nang konti yung ilaw', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'gawin mong seventy yung volume', expect: { volume: 70 }, note: 'Filipinos usually say numbers like this in English.' },
  { skill: 'media', say: 'magpatugtog ka nga ng music', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'ano ang ninety six divided by eight', expect: { math: '12' } },
  { skill: 'followup', say: ['mag set ka ng alarm', 'alas sais kinse ng umaga'], expect: { alarm: '06:15' }, note: '"Alas sais kinse" is 6:15 (Spanish-derived numbers).' },
];

export default commands;
