// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** es-ES: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'despiértame mañana a las siete', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'pon la alarma a las seis y cuarenta y cinco de la mañana', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'temporizador de diez minutos por favor', expect: { timer: 600 } },
  { skill: 'list', say: 'añade tomates y cebollas a la lista de la compra', expect: { listItems: ['tomates', 'cebollas'] } },
  { skill: 'calendar', say: 'apunta una cita con el dentista el viernes a las dos de la tarde', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'dentista', notInTitle: ['viernes', 'tarde'] } } },
  { skill: 'light', say: 'apaga la luz', expect: { light: { on: false } } },
  { skill: 'light', say: 'pon la luz de color verde', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'baja un poco el volumen', expect: { volume: 'down' } },
  { skill: 'media', say: 'para la canción', expect: { playing: false } },
  { skill: 'math', say: 'cuánto es quince por cuatro', expect: { math: '60' } },
  { skill: 'datetime', say: 'me dices la hora', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['pon un temporizador', 'quince minutos'], expect: { timer: 900 } },
];
export default commands;
