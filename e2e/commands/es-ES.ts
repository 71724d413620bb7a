/** es-ES: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // Alarmas
  { skill: 'alarm', say: 'despiértame a las 6 y 15', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'pon una alarma a las siete y media de la mañana', expect: { alarm: '07:30' } },
  { skill: 'alarm', say: 'pon una alarma a las ocho y media de la tarde', expect: { alarm: '20:30' } },
  { skill: 'alarm', say: 'despiértame a las seis menos cuarto', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'alarma a las 10 y cuarto de la noche', expect: { alarm: '22:15' } },
  // Temporizadores
  { skill: 'timer', say: 'temporizador 25 minutos', expect: { timer: 1500 } },
  { skill: 'timer', say: 'pon un temporizador de diez minutos', expect: { timer: 600 } },
  { skill: 'timer', say: 'pon un temporizador de hora y media', expect: { timer: 5400 } },
  // Listas
  { skill: 'list', say: 'añade leche a la lista de la compra', expect: { listItems: ['leche'] } },
  { skill: 'list', say: 'pon manzanas y peras en la lista de la compra', expect: { listItems: ['manzanas', 'peras'] } },
  { skill: 'list', say: 'apunta huevos y mantequilla en mi lista', expect: { listItems: ['huevos', 'mantequilla'] } },
  // Calendario
  { skill: 'calendar', say: 'añade dentista el jueves a las 4 y media de la tarde', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'dentista', notInTitle: ['jueves', 'media', 'tarde'] } } },
  { skill: 'calendar', say: 'crea una reunión con lucía mañana a las diez', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'lucía', notInTitle: ['mañana', 'diez'] } } },
  { skill: 'calendar', say: 'apunta comida con tomás el viernes a las dos y media', expect: { event: { day: '2026-11-27', time: '14:30', titleIncludes: 'comida', notInTitle: ['viernes', 'dos', 'media'] } } },
  // Luz
  { skill: 'light', say: 'enciende la luz', expect: { light: { on: true } } },
  { skill: 'light', say: 'apaga las luces', expect: { light: { on: false } } },
  { skill: 'light', say: 'baja la intensidad de la luz', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'sube la luz', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'pon la luz verde', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'cambia la luz a azul', expect: { light: { on: true, colour: 'blue' } } },
  // Volumen
  { skill: 'volume', say: 'súbelo un poco', expect: { volume: 'up' } },
  { skill: 'volume', say: 'baja el volumen', expect: { volume: 'down' } },
  { skill: 'volume', say: 'pon el volumen al 30', expect: { volume: 30 } },
  // Música
  { skill: 'media', say: 'pon música', expect: { playing: true } },
  { skill: 'media', say: 'pausa la música', expect: { playing: false } },
  // Cálculo
  { skill: 'math', say: 'cuánto es 7 por 7', expect: { math: '49' } },
  { skill: 'math', say: 'quince más veintisiete', expect: { math: '42' } },
  // Hora y fecha
  { skill: 'datetime', say: 'qué hora es', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: 'qué día es hoy', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // Conversaciones
  { skill: 'followup', say: ['pon una alarma', 'a las 7 de la mañana'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['pon un temporizador', 'cinco minutos'], expect: { timer: 300 } },
  { skill: 'followup', say: ['apunta en la lista de la compra', 'apaga la luz'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
