// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** fr-FR: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'réveille-moi demain à sept heures', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'mets un réveil à six heures quarante-cinq', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'lance un minuteur de dix minutes', expect: { timer: 600 } },
  { skill: 'list', say: 'ajoute des tomates et des oignons à ma liste de courses', expect: { listItems: ['tomates', 'oignons'] } },
  { skill: 'calendar', say: 'ajoute un rendez-vous chez le dentiste vendredi à 14h', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'dentiste', notInTitle: ['vendredi', '14h'] } } },
  { skill: 'light', say: 'éteins la lumière', expect: { light: { on: false } } },
  { skill: 'light', say: 'passe la lumière en vert', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'baisse un peu le son', expect: { volume: 'down' } },
  { skill: 'media', say: 'arrête la musique', expect: { playing: false } },
  { skill: 'math', say: 'combien font quinze fois quatre', expect: { math: '60' } },
  { skill: 'datetime', say: 'il est quelle heure', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['mets une alarme', 'à sept heures et demie'], expect: { alarm: '07:30' } },
];
export default commands;
