// Sixteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** es-ES: sixteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ponme una alarma pasado mañana a las siete y media de la mañana', expect: { alarm: { time: '07:30', day: '2026-11-26' } }, note: '"pasado mañana" from Tuesday 24 November is Thursday 26 November.' },
  { skill: 'alarm', say: 'pon una alarma a las diez de la noche', expect: { alarm: '22:00' } },
  { skill: 'timer', say: 'pon un temporizador de tres minutos y veinte segundos', expect: { timer: 200 } },
  { skill: 'timer', say: 'pon un temporizador de media hora', expect: { timer: 1800 } },
  { skill: 'list', say: 'añade papel de cocina a la lista de la compra', expect: { listItems: ['papel de cocina'] } },
  { skill: 'calendar', say: 'apunta en el calendario cena con lucía mañana a las nueve de la noche', expect: { event: { day: '2026-11-25', time: '21:00', titleIncludes: 'lucía', notInTitle: ['mañana', 'nueve', 'noche'] } }, note: '"mañana a las nueve de la noche" is 21:00 on Wednesday 25 November.' },
  { skill: 'light', say: 'baja la luz al treinta por ciento', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'sube un poquito la luz', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'pon el volumen a veinticinco', expect: { volume: 25 } },
  { skill: 'media', say: 'ponme algo de música', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'cuánto es el quince por ciento de doscientos', expect: { math: '30' } },
  { skill: 'followup', say: ['pon una alarma', 'a las seis y cuarto de la mañana'], expect: { alarm: '06:15' } },
];

export default commands;
