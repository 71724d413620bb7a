/** it-IT: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // Sveglie
  { skill: 'alarm', say: 'svegliami alle 6 e 15', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'metti una sveglia alle sette e mezza domattina', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'sveglia alle 18 e 30', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: 'svegliami alle sei meno un quarto', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'imposta una sveglia alle dieci e un quarto stasera', expect: { alarm: '22:15' } },
  // Timer
  { skill: 'timer', say: 'timer 25 minuti', expect: { timer: 1500 } },
  { skill: 'timer', say: 'imposta un timer di dieci minuti', expect: { timer: 600 } },
  { skill: 'timer', say: "metti un timer di un'ora e mezza", expect: { timer: 5400 } },
  // Liste
  { skill: 'list', say: 'aggiungi latte alla lista della spesa', expect: { listItems: ['latte'] } },
  { skill: 'list', say: 'metti mele e pere nella lista della spesa', expect: { listItems: ['mele', 'pere'] } },
  { skill: 'list', say: 'aggiungi uova e burro alla mia lista', expect: { listItems: ['uova', 'burro'] } },
  // Calendario
  { skill: 'calendar', say: 'aggiungi dentista giovedì alle 16 e 30', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'dentista', notInTitle: ['giovedì'] } } },
  { skill: 'calendar', say: 'fissa una riunione con anna domani alle dieci', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'anna', notInTitle: ['domani', 'dieci'] } } },
  { skill: 'calendar', say: "segna pranzo con tommaso venerdì all'una e mezza", expect: { event: { day: '2026-11-27', time: '13:30', titleIncludes: 'pranzo', notInTitle: ['venerdì', 'mezza'] } } },
  // Luce
  { skill: 'light', say: 'accendi la luce', expect: { light: { on: true } } },
  { skill: 'light', say: 'spegni le luci', expect: { light: { on: false } } },
  { skill: 'light', say: 'abbassa la luce', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'alza la luminosità', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'metti la luce verde', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'luce blu', expect: { light: { on: true, colour: 'blue' } } },
  // Volume
  { skill: 'volume', say: 'alza il volume', expect: { volume: 'up' } },
  { skill: 'volume', say: "abbassa un po' il volume", expect: { volume: 'down' } },
  { skill: 'volume', say: 'volume al 30', expect: { volume: 30 } },
  // Musica
  { skill: 'media', say: "metti un po' di musica", expect: { playing: true } },
  { skill: 'media', say: 'metti in pausa la musica', expect: { playing: false } },
  // Calcoli
  { skill: 'math', say: 'quanto fa 7 per 7', expect: { math: '49' } },
  { skill: 'math', say: 'quindici più ventisette', expect: { math: '42' } },
  // Ora e data
  { skill: 'datetime', say: 'che ore sono', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: 'che giorno è oggi', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // Conversazioni
  { skill: 'followup', say: ['metti una sveglia', 'alle 7 di mattina'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['imposta un timer', 'cinque minuti'], expect: { timer: 300 } },
  { skill: 'followup', say: ['aggiungi alla lista della spesa', 'spegni la luce'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
