// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** es-ES: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'oye despiértame mañana a las siete menos cuarto de la mañana', expect: { alarm: { time: '06:45', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'ponme una alarma a las diez de la noche', expect: { alarm: '22:00' } },
  { skill: 'timer', say: 'necesito un temporizador de 25 minutos', expect: { timer: 1500 } },
  { skill: 'list', say: 'añade pan y leche a la lista de la compra porfa', expect: { listItems: ['pan', 'leche'] } },
  {
    skill: 'calendar',
    say: 'apúntame una cena con mis padres el viernes a las nueve de la noche',
    expect: { event: { day: '2026-11-27', time: '21:00', titleIncludes: 'cena', notInTitle: ['viernes', 'nueve', 'noche'] } },
  },
  { skill: 'light', say: 'enciende la luz del salón por favor', expect: { light: { on: true } } },
  { skill: 'light', say: 'oye cámbiame la luz a morado', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'baja un poquito el volumen', expect: { volume: 'down' } },
  { skill: 'media', say: 'continúa con la música', expect: { playing: true } },
  { skill: 'math', say: 'cuánto es cien menos treinta y siete', expect: { math: '63' } },
  { skill: 'datetime', say: 'oye qué hora es ahora mismo', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['pon un temporizador', 'de diez minutos'],
    expect: { timer: 600 },
    note: 'The assistant asks for the length; the second turn answers it.',
  },
];

export default commands;
