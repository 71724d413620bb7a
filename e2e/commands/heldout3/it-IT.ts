// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** it-IT: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'svegliami domani alle cinque e quaranta di mattina', expect: { alarm: { time: '05:40', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'mettimi la sveglia alle otto meno un quarto stasera', expect: { alarm: '19:45' } },
  { skill: 'timer', say: 'fai partire un timer da due minuti e mezzo', expect: { timer: 150 } },
  { skill: 'list', say: 'metti il detersivo e le spugne nella lista della spesa', expect: { listItems: ['detersivo', 'spugne'] } },
  { skill: 'calendar', say: 'segnami cena con giulia il 2 dicembre alle otto di sera', expect: { event: { day: '2026-12-02', time: '20:00', titleIncludes: 'cena', notInTitle: ['dicembre', 'otto', 'sera'] } } },
  { skill: 'light', say: "abbassa un po' le luci", expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'fai la luce arancione', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'metti il volume a settanta', expect: { volume: 70 } },
  { skill: 'media', say: "fammi sentire un po' di musica", expect: { playing: true } },
  { skill: 'math', say: 'quanto fa 100 meno 37', expect: { math: '63' } },
  { skill: 'datetime', say: 'che ora è adesso', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['mi serve un timer', "tre quarti d'ora"], expect: { timer: 2700 } },
];
export default commands;
