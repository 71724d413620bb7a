// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** it-IT: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'svegliami domattina alle 6 e 20', expect: { alarm: { time: '06:20', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'imposta una sveglia per le diciannove e trenta', expect: { alarm: '19:30' } },
  { skill: 'timer', say: "metti un timer di un quarto d'ora", expect: { timer: 900 } },
  { skill: 'list', say: 'aggiungi il pane alla lista della spesa', expect: { listItems: ['pane'] } },
  { skill: 'calendar', say: 'segna palestra giovedì alle sei di sera', expect: { event: { day: '2026-11-26', time: '18:00', titleIncludes: 'palestra', notInTitle: ['giovedì', 'sei', 'sera'] } } },
  { skill: 'light', say: 'spegni tutte le luci', expect: { light: { on: false } } },
  { skill: 'light', say: 'aumenta la luminosità', expect: { light: { brightness: 'up' } } },
  { skill: 'volume', say: 'abbassa il volume', expect: { volume: 'down' } },
  { skill: 'media', say: 'fai partire la musica', expect: { playing: true } },
  { skill: 'math', say: 'quanto fa otto per sette', expect: { math: '56' } },
  { skill: 'datetime', say: 'mi dici la data di oggi', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['aggiungi una cosa alla lista', 'metti il volume più alto'], expect: { volume: 'up' }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
