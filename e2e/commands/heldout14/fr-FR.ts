// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** fr-FR: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'réveille moi à sept heures moins le quart', expect: { alarm: '06:45' }, note: '"sept heures moins le quart" is a quarter to seven: 06:45. The recognizer drops the hyphen of "réveille-moi".' },
  { skill: 'alarm', say: 'mets un réveil samedi à huit heures du matin', expect: { alarm: { time: '08:00', day: '2026-11-28' } } },
  { skill: 'timer', say: 'mets un minuteur de trente cinq minutes', expect: { timer: 2100 }, note: '"trente-cinq" without its hyphen.' },
  { skill: 'timer', say: "lance un minuteur d'une heure et demie", expect: { timer: 5400 } },
  { skill: 'list', say: 'ajoute du pain des pommes et du fromage à la liste de courses', expect: { listItems: ['pain', 'pommes', 'fromage'] }, note: 'The partitive articles "du"/"des" may stay on the items (tolerated).' },
  { skill: 'calendar', say: "note dans l'agenda coiffeur jeudi à 17 heures", expect: { event: { day: '2026-11-26', time: '17:00', titleIncludes: 'coiffeur', notInTitle: ['jeudi', 'heures'] } } },
  { skill: 'light', say: 'éteins la lumière', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'mets la lumière en rouge', expect: { light: { colour: 'red' } } },
  { skill: 'volume', say: 'baisse un peu le son', expect: { volume: 'down' } },
  { skill: 'media', say: 'mets la musique en pause', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: 'combien font douze fois quatre', expect: { math: '48' } },
  { skill: 'followup', say: ['ajoute quelque chose à ma liste', 'allume la lumière'], expect: { light: { on: true } }, given: { light: 'off' }, note: 'The list question ("what?") is overtaken: nothing is added, the light comes on.' },
];

export default commands;
