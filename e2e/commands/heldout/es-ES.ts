// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** es-ES: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'despiértame mañana a las siete menos cuarto', expect: { alarm: { time: '06:45', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'pon una alarma a las 22 horas', expect: { alarm: '22:00' } },
  { skill: 'timer', say: 'pon un temporizador de 8 minutos', expect: { timer: 480 } },
  { skill: 'list', say: 'apunta tomates y cebollas en la lista de la compra', expect: { listItems: ['tomates', 'cebollas'] } },
  { skill: 'calendar', say: 'crea un evento cena con marta el viernes a las nueve de la noche', expect: { event: { day: '2026-11-27', time: '21:00', titleIncludes: 'cena', notInTitle: ['viernes', 'nueve', 'noche'] } } },
  { skill: 'light', say: 'enciende las luces por favor', expect: { light: { on: true } } },
  { skill: 'light', say: 'pon la luz amarilla', expect: { light: { on: true, colour: 'yellow' } } },
  { skill: 'volume', say: 'sube un poco el volumen', expect: { volume: 'up' } },
  { skill: 'media', say: 'para la música', expect: { playing: false } },
  { skill: 'math', say: 'cuánto es treinta menos doce', expect: { math: '18' } },
  { skill: 'datetime', say: 'qué hora es ahora', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['quiero una alarma', 'a las seis y media de la mañana'], expect: { alarm: '06:30' } },
];
export default commands;
