// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** fr-FR: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'réveille-moi demain à sept heures moins le quart', expect: { alarm: { time: '06:45', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'tu peux me mettre une alarme à 14h30', expect: { alarm: '14:30' } },
  { skill: 'timer', say: 'lance un minuteur de quatre minutes', expect: { timer: 240 } },
  { skill: 'list', say: 'rajoute du pain et des tomates à la liste de courses', expect: { listItems: ['pain', 'tomates'] } },
  {
    skill: 'calendar',
    say: 'mets-moi un rendez-vous chez le coiffeur jeudi à 15h',
    expect: { event: { day: '2026-11-26', time: '15:00', titleIncludes: 'coiffeur', notInTitle: ['jeudi'] } },
  },
  { skill: 'light', say: 'tu peux allumer la lumière du salon', expect: { light: { on: true } } },
  { skill: 'light', say: 'passe la lumière en bleu', expect: { light: { on: true, colour: 'blue' } } },
  { skill: 'volume', say: 'tu peux monter le volume un chouïa', expect: { volume: 'up' } },
  { skill: 'media', say: 'mets un peu de musique', expect: { playing: true } },
  { skill: 'math', say: 'ça fait combien 25 fois 4', expect: { math: '100' } },
  { skill: 'datetime', say: 'il est quelle heure là', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['mets un minuteur', 'dix minutes'], expect: { timer: 600 } },
];

export default commands;
