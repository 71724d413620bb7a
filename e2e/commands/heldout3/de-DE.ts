// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** de-DE: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'weck mich samstag früh um 8', expect: { alarm: { time: '08:00', day: '2026-11-28' } } },
  { skill: 'alarm', say: 'wecker für heute abend um halb zehn', expect: { alarm: '21:30' }, note: 'halb zehn is 9:30' },
  { skill: 'timer', say: 'stell mal nen timer auf 20 minuten', expect: { timer: 1200 } },
  { skill: 'list', say: 'schreib klopapier und zahnpasta auf die einkaufsliste', expect: { listItems: ['klopapier', 'zahnpasta'] } },
  { skill: 'calendar', say: 'trag mir übermorgen um neun uhr abends kino mit lisa ein', expect: { event: { day: '2026-11-26', time: '21:00', titleIncludes: 'kino', notInTitle: ['übermorgen', 'abends', 'uhr'] } } },
  { skill: 'light', say: 'mach mal das licht an', expect: { light: { on: true } } },
  { skill: 'light', say: 'mach das licht ein bisschen dunkler', expect: { light: { brightness: 'down' } } },
  { skill: 'volume', say: 'dreh mal lauter', expect: { volume: 'up' } },
  { skill: 'media', say: 'mach die musik wieder an', expect: { playing: true } },
  { skill: 'math', say: 'was ist 200 minus 75', expect: { math: '125' } },
  { skill: 'datetime', say: 'weißt du wie spät es ist', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['ich brauch nen timer', 'fünfundvierzig sekunden'], expect: { timer: 45 } },
];
export default commands;
