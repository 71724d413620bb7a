// Eighteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** nl-NL: eighteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'maak me volgende week maandag om half zeven wakker', expect: { alarm: { time: '06:30', day: '2026-11-30' } }, note: 'Dutch "half zeven" is half an hour before seven: 06:30 ("wakker maken" makes it the morning). "volgende week maandag" is Monday 30 November.' },
  { skill: 'alarm', say: 'zet een wekker om kwart over tien vanavond', expect: { alarm: '22:15' } },
  { skill: 'timer', say: 'zet een timer van drie minuten en tien seconden', expect: { timer: 190 } },
  { skill: 'timer', say: 'zet een timer voor een kwartier', expect: { timer: 900 } },
  { skill: 'list', say: 'zet geraspte kaas op de boodschappenlijst', expect: { listItems: ['geraspte kaas'] } },
  { skill: 'calendar', say: 'zet morgenavond om half acht eten met lotte in mijn agenda', expect: { event: { day: '2026-11-25', time: '19:30', titleIncludes: 'lotte', notInTitle: ['morgen', 'half', 'acht'] } }, note: '"morgenavond om half acht" is tomorrow at 19:30 (half acht = half an hour before eight).' },
  { skill: 'light', say: 'dim het licht naar 20 procent', expect: { light: { brightness: 20 } }, given: { light: 'on' } },
  { skill: 'light', say: 'doe het licht wat feller', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'zet het volume op zestig', expect: { volume: 60 } },
  { skill: 'media', say: 'zet wat muziek op', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'hoeveel is vijfentwintig procent van tachtig', expect: { math: '20' } },
  { skill: 'followup', say: ['zet een wekker', 'om kwart over zes in de ochtend'], expect: { alarm: '06:15' } },
];

export default commands;
