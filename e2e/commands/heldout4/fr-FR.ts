// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** fr-FR: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'réveille-moi demain à 6h15', expect: { alarm: { time: '06:15', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'mets-moi un réveil à sept heures moins le quart', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'lance un minuteur de 8 minutes', expect: { timer: 480 } },
  { skill: 'list', say: 'ajoute du beurre et de la farine à la liste de courses', expect: { listItems: ['beurre', 'farine'] } },
  { skill: 'calendar', say: 'mets dans mon agenda coiffeur jeudi à 17h30', expect: { event: { day: '2026-11-26', time: '17:30', titleIncludes: 'coiffeur', notInTitle: ['jeudi', '17h'] } } },
  { skill: 'light', say: "allume la lumière s'il te plaît", expect: { light: { on: true } } },
  { skill: 'light', say: 'mets la lumière en bleu', expect: { light: { on: true, colour: 'blue' } } },
  { skill: 'volume', say: 'monte un peu le son', expect: { volume: 'up' } },
  { skill: 'media', say: 'tu peux mettre la musique en pause', expect: { playing: false } },
  { skill: 'math', say: 'combien font 250 moins 87', expect: { math: '163' } },
  { skill: 'datetime', say: 'quelle heure il est là', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['tu peux me mettre une alarme', 'pour 5h45 du matin'], expect: { alarm: '05:45' } },
];
export default commands;
