// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** es-ES: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'despiértame el viernes a las siete y media', expect: { alarm: { time: '07:30', day: '2026-11-27' } } },
  { skill: 'alarm', say: 'pon una alarma a las 11 de la noche', expect: { alarm: '23:00' } },
  { skill: 'timer', say: 'pon un temporizador de una hora y media', expect: { timer: 5400 } },
  { skill: 'list', say: 'añade pan de molde a la lista de la compra', expect: { listItems: ['pan de molde'] } },
  { skill: 'calendar', say: 'apúntame en el calendario cena con laura el jueves a las nueve de la noche', expect: { event: { day: '2026-11-26', time: '21:00', titleIncludes: 'cena', notInTitle: ['jueves', 'nueve', 'noche'] } } },
  { skill: 'light', say: 'sube un poco la luz', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'pon la luz roja', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'baja el volumen que está muy alto', expect: { volume: 'down' } },
  { skill: 'media', say: 'ponme algo de música', expect: { playing: true } },
  { skill: 'math', say: 'cuánto es 36 por 24', expect: { math: '864' } },
  { skill: 'datetime', say: 'a qué día estamos hoy', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['añade algo a la lista de la compra', 'yogures'], expect: { listItems: ['yogures'] } },
];
export default commands;
