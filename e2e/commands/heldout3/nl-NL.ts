// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** nl-NL: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'maak me morgenvroeg wakker om tien over half zeven', expect: { alarm: { time: '06:40', day: '2026-11-25' } }, note: 'tien over half zeven is 6:40' },
  { skill: 'alarm', say: 'zet de wekker om 9 uur vanavond', expect: { alarm: '21:00' } },
  { skill: 'timer', say: 'zet de kookwekker op acht minuten', expect: { timer: 480 } },
  { skill: 'list', say: 'zet pindakaas op het boodschappenlijstje', expect: { listItems: ['pindakaas'] } },
  { skill: 'calendar', say: 'zet morgenavond om acht uur etentje met sanne in de agenda', expect: { event: { day: '2026-11-25', time: '20:00', titleIncludes: 'etentje', notInTitle: ['morgenavond', 'uur', 'agenda'] } } },
  { skill: 'light', say: 'maak het licht wat donkerder', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'zet de lamp op paars', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'zet het volume op twintig', expect: { volume: 20 } },
  { skill: 'media', say: 'zet de muziek even op pauze', expect: { playing: false } },
  { skill: 'math', say: 'wat is drie keer zeventien', expect: { math: '51' } },
  { skill: 'datetime', say: 'hoe laat is het eigenlijk', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['zet een wekker', "kwart over zeven 's ochtends"], expect: { alarm: '07:15' } },
];
export default commands;
