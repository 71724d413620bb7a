// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** fr-FR: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'réveille-moi demain à six heures et quart', expect: { alarm: { time: '06:15', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'mets une alarme pour 22h30', expect: { alarm: '22:30' } },
  { skill: 'timer', say: 'mets un minuteur de 12 minutes pour les pâtes', expect: { timer: 720 } },
  { skill: 'list', say: 'rajoute du papier toilette sur la liste de courses', expect: { listItems: ['papier toilette'] } },
  { skill: 'calendar', say: 'ajoute un resto avec léa demain soir à vingt heures', expect: { event: { day: '2026-11-25', time: '20:00', titleIncludes: 'resto', notInTitle: ['demain', 'soir', 'heures'] } } },
  { skill: 'light', say: 'allume la lampe du salon', expect: { light: { on: true } } },
  { skill: 'light', say: 'mets la lumière en rose', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'volume', say: 'mets le son plus fort', expect: { volume: 'up' } },
  { skill: 'media', say: 'remets la musique', expect: { playing: true } },
  { skill: 'math', say: 'ça fait combien 120 divisé par 8', expect: { math: '15' } },
  { skill: 'datetime', say: "on est le combien aujourd'hui", expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['lance un minuteur', 'trois minutes et demie'], expect: { timer: 210 } },
];
export default commands;
