// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** nl-NL: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'maak me morgen om zeven uur wakker', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'zet de wekker op kwart voor zeven \'s ochtends', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'zet een timer van tien minuten', expect: { timer: 600 } },
  { skill: 'list', say: 'zet tomaten en uien op de boodschappenlijst', expect: { listItems: ['tomaten', 'uien'] } },
  { skill: 'calendar', say: 'plan een afspraak bij de tandarts op vrijdag om twee uur \'s middags', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'tandarts', notInTitle: ['vrijdag', 'middags'] } } },
  { skill: 'light', say: 'doe het licht uit', expect: { light: { on: false } } },
  { skill: 'light', say: 'zet het licht op groen', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'zet het geluid wat zachter', expect: { volume: 'down' } },
  { skill: 'media', say: 'stop de muziek', expect: { playing: false } },
  { skill: 'math', say: 'hoeveel is vijftien keer vier', expect: { math: '60' } },
  { skill: 'datetime', say: 'hoe laat is het nu', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['zet een timer', 'een kwartier'], expect: { timer: 900 } },
];
export default commands;
