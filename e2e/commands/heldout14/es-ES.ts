// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** es-ES: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'despiértame a las siete y cuarto', expect: { alarm: '07:15' } },
  { skill: 'alarm', say: 'pon una alarma el viernes a las seis y media de la mañana', expect: { alarm: { time: '06:30', day: '2026-11-27' } } },
  { skill: 'timer', say: 'pon un temporizador de veinte minutos', expect: { timer: 1200 } },
  { skill: 'timer', say: 'pon un temporizador de una hora y cuarenta minutos', expect: { timer: 6000 } },
  { skill: 'list', say: 'añade leche huevos y pan a la lista de la compra', expect: { listItems: ['leche', 'huevos', 'pan'] } },
  { skill: 'calendar', say: 'apunta en el calendario cena con marta mañana a las nueve de la noche', expect: { event: { day: '2026-11-25', time: '21:00', titleIncludes: 'cena', notInTitle: ['mañana', 'nueve', 'noche'] } }, note: '"mañana" here is tomorrow; "nueve de la noche" is 21:00.' },
  { skill: 'light', say: 'apaga las luces', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'pon la luz de color morado', expect: { light: { colour: 'purple' } } },
  { skill: 'volume', say: 'sube un poco el volumen', expect: { volume: 'up' } },
  { skill: 'media', say: 'pon otra vez la música', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'cuánto es quince más veintisiete', expect: { math: '42' } },
  { skill: 'followup', say: ['pon una alarma', 'mejor baja el volumen'], expect: { volume: 'down' }, note: 'The alarm question is overtaken; no alarm, the volume goes down.' },
];

export default commands;
