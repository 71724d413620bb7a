// Twelfth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ca-ES: twelfth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'posa una alarma a un quart de vuit del matí', expect: { alarm: '07:15' }, note: 'Catalan bell time: un quart de vuit = a quarter of the way to eight = 07:15' },
  { skill: 'alarm', say: 'posa una alarma per dijous a les set del matí', expect: { alarm: { time: '07:00', day: '2026-11-26' } } },
  { skill: 'timer', say: 'posa un temporitzador de dues hores i deu minuts', expect: { timer: 7800 } },
  { skill: 'timer', say: 'posa un temporitzador de noranta segons', expect: { timer: 90 } },
  { skill: 'list', say: 'afegeix tomàquets formatge i cafè a la llista de la compra', expect: { listItems: ['tomàquets', 'formatge', 'cafè'] } },
  { skill: 'calendar', say: 'afegeix al calendari dinar amb la marta demà a un quart de dues', expect: { event: { day: '2026-11-25', time: '13:15', titleIncludes: 'marta', notInTitle: ['demà', 'quart', 'dues'] } }, note: 'un quart de dues = 13:15 (dinar = lunch, so afternoon)' },
  { skill: 'light', say: 'apaga el llum', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'baixa una mica la llum', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'posa el volum al 25', expect: { volume: 25 } },
  { skill: 'media', say: 'torna a posar la música', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'quant fan tretze per sis', expect: { math: '78' }, note: 'per = times' },
  { skill: 'followup', say: ['afegeix una cosa a la llista de la compra', 'apaga els llums'], expect: { light: { on: false } }, given: { light: 'on' }, note: 'the second turn overtakes the pending what-to-add question' },
];

export default commands;
