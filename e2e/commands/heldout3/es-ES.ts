// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** es-ES: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ponme una alarma para mañana a las cinco y media de la mañana', expect: { alarm: { time: '05:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'pon el despertador a las 9 y 20 de la noche', expect: { alarm: '21:20' } },
  { skill: 'timer', say: 'pon un temporizador de media hora', expect: { timer: 1800 } },
  { skill: 'list', say: 'añade papel de cocina y servilletas a la lista', expect: { listItems: ['papel de cocina', 'servilletas'] } },
  { skill: 'calendar', say: 'apúntame peluquería el sábado a las once y media de la mañana', expect: { event: { day: '2026-11-28', time: '11:30', titleIncludes: 'peluquería', notInTitle: ['sábado', 'mañana', 'media'] } } },
  { skill: 'light', say: 'enciende la lámpara', expect: { light: { on: true } } },
  { skill: 'light', say: 'pon la luz de color morado', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'pon el volumen a 40', expect: { volume: 40 } },
  { skill: 'media', say: 'quita la música', expect: { playing: false } },
  { skill: 'math', say: 'cuánto son doce por doce', expect: { math: '144' } },
  { skill: 'datetime', say: 'a qué fecha estamos hoy', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['añade algo a la lista de la compra', 'sube el volumen'], expect: { volume: 'up' }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
