// Nineteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ca-ES: nineteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: "desperta'm dilluns a dos quarts de set del matí", expect: { alarm: { time: '06:30', day: '2026-11-30' } }, note: 'Catalan "dos quarts de set" is two quarters towards seven: 06:30. "dilluns" is Monday, 2026-11-30.' },
  { skill: 'alarm', say: "posa'm una alarma a les onze de la nit", expect: { alarm: '23:00' } },
  { skill: 'timer', say: 'posa un temporitzador de noranta segons', expect: { timer: 90 } },
  { skill: 'timer', say: "posa un temporitzador d'un quart d'hora", expect: { timer: 900 } },
  { skill: 'list', say: "afegeix oli d'oliva a la llista de la compra", expect: { listItems: ["oli d'oliva"] } },
  { skill: 'calendar', say: 'apunta al calendari sopar amb la marta demà a les nou del vespre', expect: { event: { day: '2026-11-25', time: '21:00', titleIncludes: 'sopar', notInTitle: ['demà', 'nou', 'vespre'] } }, note: '"demà a les nou del vespre" is tomorrow at 21:00.' },
  { skill: 'light', say: 'abaixa la llum al trenta per cent', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'apuja una mica la llum', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'posa el volum a seixanta', expect: { volume: 60 } },
  { skill: 'media', say: 'posa una mica de música', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'quant fa cent vint dividit per vuit', expect: { math: '15' }, note: '120 / 8 = 15.' },
  { skill: 'followup', say: ['posa una alarma', 'a un quart de set del matí'], expect: { alarm: '06:15' }, note: 'Catalan "un quart de set" is a quarter towards seven: 06:15.' },
];

export default commands;
