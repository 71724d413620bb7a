// Sixteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** de-DE: sixteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'weck mich übermorgen früh um halb sieben', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: 'German "halb sieben" is half way to seven: 06:30. Übermorgen from Tuesday 24 November is Thursday 26 November.' },
  { skill: 'alarm', say: 'stell mir einen wecker auf halb zehn abends', expect: { alarm: '21:30' }, note: '"halb zehn abends" is 21:30.' },
  { skill: 'timer', say: 'stell einen timer auf zwei minuten und dreißig sekunden', expect: { timer: 150 } },
  { skill: 'timer', say: 'mach mal einen timer für eine viertelstunde', expect: { timer: 900 } },
  { skill: 'list', say: 'pack noch passierte tomaten auf die einkaufsliste', expect: { listItems: ['passierte tomaten'] } },
  { skill: 'calendar', say: 'trag für morgen abend um sieben essen mit anna in den kalender ein', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'anna', notInTitle: ['morgen', 'abend', 'sieben', 'kalender'] } }, note: '"morgen abend um sieben" is 19:00 on Wednesday 25 November.' },
  { skill: 'light', say: 'dimm das licht auf dreißig prozent', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'mach das licht mal ein bisschen heller', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'mach die lautstärke auf zwanzig', expect: { volume: 20 } },
  { skill: 'media', say: 'spiel mal ein bisschen musik', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'was sind zwanzig prozent von hundertfünfzig', expect: { math: '30' } },
  { skill: 'followup', say: ['stell einen wecker', 'um viertel nach sechs morgens'], expect: { alarm: '06:15' }, note: 'The second turn only answers the question for the time: "viertel nach sechs morgens" is 06:15.' },
];

export default commands;
