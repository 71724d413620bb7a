// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** fr-FR: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'réveille-moi demain à 5h30', expect: { alarm: { time: '05:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'mets un réveil à vingt heures', expect: { alarm: '20:00' } },
  { skill: 'timer', say: "minuteur de quatre minutes s'il te plaît", expect: { timer: 240 } },
  { skill: 'list', say: 'ajoute du fromage à la liste de courses', expect: { listItems: ['fromage'] } },
  { skill: 'calendar', say: 'note réunion avec paul lundi à 14h', expect: { event: { day: '2026-11-30', time: '14:00', titleIncludes: 'réunion', notInTitle: ['lundi', '14h'] } } },
  { skill: 'light', say: 'tu peux éteindre la lumière', expect: { light: { on: false } } },
  { skill: 'light', say: 'baisse un peu la lumière', expect: { light: { brightness: 'down' } } },
  { skill: 'volume', say: 'mets le volume à 60', expect: { volume: 60 } },
  { skill: 'media', say: 'lance un peu de musique', expect: { playing: true } },
  { skill: 'math', say: 'combien font neuf fois six', expect: { math: '54' } },
  { skill: 'datetime', say: 'quelle est la date du jour', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['ajoute à ma liste de courses', 'des œufs'], expect: { listItems: ['œufs'] } },
];
export default commands;
