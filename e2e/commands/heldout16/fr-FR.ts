// Sixteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** fr-FR: sixteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'mets un réveil lundi prochain à sept heures et quart', expect: { alarm: { time: '07:15', day: '2026-11-30' } }, note: 'Said on Tuesday 24 November, "lundi prochain" is Monday 30 November.' },
  { skill: 'alarm', say: 'mets une alarme à onze heures du soir', expect: { alarm: '23:00' } },
  { skill: 'timer', say: 'lance un minuteur de deux minutes trente', expect: { timer: 150 }, note: '"deux minutes trente" is two minutes and thirty seconds.' },
  { skill: 'timer', say: "mets un minuteur d'un quart d'heure", expect: { timer: 900 } },
  { skill: 'list', say: 'ajoute du papier toilette à la liste de courses', expect: { listItems: ['papier toilette'] }, note: 'The partitive "du" is an article, not part of the item.' },
  { skill: 'calendar', say: "mets dans l'agenda un dîner avec julie demain soir à huit heures", expect: { event: { day: '2026-11-25', time: '20:00', titleIncludes: 'julie', notInTitle: ['demain', 'soir', 'huit', 'heure'] } }, note: '"demain soir à huit heures" is 20:00 on Wednesday 25 November.' },
  { skill: 'light', say: 'baisse la lumière à trente pour cent', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'monte un peu la lumière', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'mets le volume à quinze', expect: { volume: 15 } },
  { skill: 'media', say: 'mets de la musique', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'combien font cent quarante quatre divisé par douze', expect: { math: '12' }, note: 'Written without the hyphen of "quarante-quatre", as the text has no punctuation.' },
  { skill: 'followup', say: ['mets un réveil', 'à sept heures moins le quart du matin'], expect: { alarm: '06:45' }, note: '"sept heures moins le quart" is a quarter to seven: 06:45 (du matin: the morning).' },
];

export default commands;
