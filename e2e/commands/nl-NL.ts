/** nl-NL: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // Wekkers
  { skill: 'alarm', say: 'maak me wakker om 6 uur 15', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'zet een wekker om half acht morgenochtend', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'wekker om 18 uur 30', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: 'maak me wakker om kwart voor zes', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'zet een wekker om kwart over tien vanavond', expect: { alarm: '22:15' } },
  // Timers
  { skill: 'timer', say: 'timer 25 minuten', expect: { timer: 1500 } },
  { skill: 'timer', say: 'zet een timer op tien minuten', expect: { timer: 600 } },
  { skill: 'timer', say: 'zet een timer van anderhalf uur', expect: { timer: 5400 } },
  // Lijstjes
  { skill: 'list', say: 'zet melk op de boodschappenlijst', expect: { listItems: ['melk'] } },
  { skill: 'list', say: 'zet appels en peren op mijn boodschappenlijst', expect: { listItems: ['appels', 'peren'] } },
  { skill: 'list', say: 'voeg eieren en boter toe aan mijn lijst', expect: { listItems: ['eieren', 'boter'] } },
  // Agenda
  { skill: 'calendar', say: 'zet tandarts donderdag om 16 uur 30 in mijn agenda', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'tandarts', notInTitle: ['donderdag', 'uur', 'agenda'] } } },
  { skill: 'calendar', say: 'plan een afspraak met anna morgen om tien uur', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'anna', notInTitle: ['morgen', 'tien', 'uur'] } } },
  { skill: 'calendar', say: 'zet lunch met tom vrijdag om half een in de agenda', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: 'lunch', notInTitle: ['vrijdag', 'half', 'agenda'] } } },
  // Licht
  { skill: 'light', say: 'licht aan', expect: { light: { on: true } } },
  { skill: 'light', say: 'doe de lampen uit', expect: { light: { on: false } } },
  { skill: 'light', say: 'dim het licht', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'maak het licht feller', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'maak het licht groen', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'zet de lamp op blauw', expect: { light: { on: true, colour: 'blue' } } },
  // Volume
  { skill: 'volume', say: 'zet het harder', expect: { volume: 'up' } },
  { skill: 'volume', say: 'iets zachter', expect: { volume: 'down' } },
  { skill: 'volume', say: 'volume op 30', expect: { volume: 30 } },
  // Muziek
  { skill: 'media', say: 'speel wat muziek', expect: { playing: true } },
  { skill: 'media', say: 'pauzeer de muziek', expect: { playing: false } },
  // Rekenen
  { skill: 'math', say: 'hoeveel is 7 keer 7', expect: { math: '49' } },
  { skill: 'math', say: 'vijftien plus zevenentwintig', expect: { math: '42' } },
  // Tijd en datum
  { skill: 'datetime', say: 'hoe laat is het', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: 'welke datum is het vandaag', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // Gesprekken
  { skill: 'followup', say: ['zet een wekker', 'om 7 uur in de ochtend'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['zet een timer', 'vijf minuten'], expect: { timer: 300 } },
  { skill: 'followup', say: ['zet iets op de boodschappenlijst', 'doe het licht uit'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
