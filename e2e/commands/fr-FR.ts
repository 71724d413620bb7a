/** fr-FR: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // Réveils
  { skill: 'alarm', say: 'réveille-moi à 6h15', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'mets un réveil à sept heures et demie demain matin', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'alarme à 18h30', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: 'réveille-moi à six heures moins le quart', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'mets une alarme à huit heures et quart', expect: { alarm: '08:15' } },
  // Minuteurs
  { skill: 'timer', say: 'minuteur 25 minutes', expect: { timer: 1500 } },
  { skill: 'timer', say: 'mets un minuteur de dix minutes', expect: { timer: 600 } },
  { skill: 'timer', say: "lance un minuteur d'une heure et demie", expect: { timer: 5400 } },
  // Listes
  { skill: 'list', say: 'ajoute du lait à la liste de courses', expect: { listItems: ['lait'] } },
  { skill: 'list', say: 'mets des pommes et des poires sur ma liste de courses', expect: { listItems: ['pommes', 'poires'] } },
  { skill: 'list', say: 'ajoute des œufs et du beurre à ma liste', expect: { listItems: ['œufs', 'beurre'] } },
  // Agenda
  { skill: 'calendar', say: 'ajoute dentiste jeudi à 16h30', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'dentiste', notInTitle: ['jeudi'] } } },
  { skill: 'calendar', say: 'crée un rendez-vous avec anna demain à dix heures', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'anna', notInTitle: ['demain', 'dix', 'heures'] } } },
  { skill: 'calendar', say: 'note déjeuner avec tom vendredi à midi et demi', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: 'déjeuner', notInTitle: ['vendredi', 'midi'] } } },
  // Lumière
  { skill: 'light', say: 'allume la lumière', expect: { light: { on: true } } },
  { skill: 'light', say: 'éteins les lumières', expect: { light: { on: false } } },
  { skill: 'light', say: 'baisse la lumière', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'augmente la luminosité', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'mets la lumière en vert', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'lumière bleue', expect: { light: { on: true, colour: 'blue' } } },
  // Volume
  { skill: 'volume', say: 'monte le son', expect: { volume: 'up' } },
  { skill: 'volume', say: 'baisse un peu le volume', expect: { volume: 'down' } },
  { skill: 'volume', say: 'mets le volume à 30', expect: { volume: 30 } },
  // Musique
  { skill: 'media', say: 'mets de la musique', expect: { playing: true } },
  { skill: 'media', say: 'mets la musique en pause', expect: { playing: false } },
  // Calcul
  { skill: 'math', say: 'combien font 7 fois 7', expect: { math: '49' } },
  { skill: 'math', say: 'quinze plus vingt-sept', expect: { math: '42' } },
  // Heure et date
  { skill: 'datetime', say: 'quelle heure est-il', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: "on est quel jour aujourd'hui", expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // Conversations
  { skill: 'followup', say: ['mets un réveil', 'à 7 heures du matin'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['lance un minuteur', 'cinq minutes'], expect: { timer: 300 } },
  { skill: 'followup', say: ['ajoute à ma liste', 'éteins la lumière'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
