// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** fr-FR: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: "réveille-moi demain à six heures et demie du matin s'il te plaît", expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'je voudrais que tu mettes une alarme à 20 h 10', expect: { alarm: '20:10' } },
  { skill: 'timer', say: 'tu peux lancer un minuteur de quinze minutes', expect: { timer: 900 } },
  { skill: 'list', say: 'ajoute du lait des œufs et du beurre à ma liste de courses', expect: { listItems: ['lait', 'œufs', 'beurre'] } },
  {
    skill: 'calendar',
    say: 'note un rendez-vous chez le coiffeur samedi à onze heures',
    expect: { event: { day: '2026-11-28', time: '11:00', titleIncludes: 'coiffeur', notInTitle: ['samedi', 'onze', 'heure'] } },
  },
  { skill: 'light', say: "baisse un peu la lumière s'il te plaît", expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'mets la lumière en rouge', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'monte le son un petit peu', expect: { volume: 'up' } },
  { skill: 'media', say: 'mets la musique en pause deux secondes', expect: { playing: false } },
  { skill: 'math', say: 'combien font vingt-trois fois trois', expect: { math: '69' } },
  { skill: 'datetime', say: "dis-moi on est quel jour aujourd'hui", expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  {
    skill: 'followup',
    say: ['mets une alarme', 'à sept heures quarante-cinq du matin'],
    expect: { alarm: '07:45' },
    note: 'The assistant asks for the time; the second turn answers it.',
  },
];

export default commands;
