// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** de-DE: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'weck mich bitte morgen um sechs uhr', expect: { alarm: { time: '06:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'wecker auf 21 uhr 45 stellen', expect: { alarm: '21:45' } },
  { skill: 'timer', say: 'timer für drei minuten bitte', expect: { timer: 180 } },
  { skill: 'list', say: 'kaffee und zucker auf die einkaufsliste', expect: { listItems: ['kaffee', 'zucker'] } },
  { skill: 'calendar', say: 'trag friseur am samstag um elf uhr in meinen kalender ein', expect: { event: { day: '2026-11-28', time: '11:00', titleIncludes: 'friseur', notInTitle: ['samstag', 'elf', 'uhr', 'kalender'] } } },
  { skill: 'light', say: 'schalt bitte das licht ein', expect: { light: { on: true } } },
  { skill: 'light', say: 'licht auf rot', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'dreh die lautstärke runter', expect: { volume: 'down' } },
  { skill: 'media', say: 'halt die musik an', expect: { playing: false } },
  { skill: 'math', say: 'was ergibt hundert geteilt durch vier', expect: { math: '25' } },
  { skill: 'datetime', say: 'wie viel uhr haben wir', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['ich brauche einen wecker', 'halb sieben morgens'], expect: { alarm: '06:30' } },
];
export default commands;
