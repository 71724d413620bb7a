// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** de-DE: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'weck mich morgen um halb sieben', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'stell mir einen wecker auf viertel nach fünf', expect: { alarm: '05:15' } },
  { skill: 'timer', say: 'mach mal einen timer für zwölf minuten', expect: { timer: 720 } },
  { skill: 'list', say: 'schreib klopapier auf die einkaufsliste', expect: { listItems: ['klopapier'] } },
  { skill: 'calendar', say: 'trag übermorgen um 15 uhr zahnarzt in meinen kalender ein', expect: { event: { day: '2026-11-26', time: '15:00', titleIncludes: 'zahnarzt', notInTitle: ['übermorgen', 'uhr'] } } },
  { skill: 'light', say: 'dimm das licht mal etwas runter', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'kannst du das licht auf grün stellen', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'stell die lautstärke auf 30', expect: { volume: 30 } },
  { skill: 'media', say: 'spiel mal ein bisschen musik', expect: { playing: true } },
  { skill: 'math', say: 'wie viel ist 156 geteilt durch 12', expect: { math: '13' } },
  { skill: 'datetime', say: 'der wievielte ist heute', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['setz was auf die einkaufsliste', 'mach mal das licht aus'], expect: { light: { on: false } } },
];
export default commands;
