// Seventh held-out set: written on 4 December 2026 by someone who had not read the code or the earlier sets' sentences (only the summaries in docs/commands.md); run it once, blind, do not tune on it.
/** ca-ES: seventh held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: "posa'm una alarma demà a les cinc del matí",
    expect: { alarm: { time: '05:00', day: '2026-11-25' } },
  },
  {
    skill: 'alarm',
    say: "desperta'm a dos quarts de set del matí",
    expect: { alarm: '06:30' },
    note: 'Catalan quarters count towards the next hour: "dos quarts de set" is 06:30.',
  },
  { skill: 'timer', say: 'posa un temporitzador de trenta-cinc minuts', expect: { timer: 2100 } },
  { skill: 'timer', say: 'temporitzador de 12 minuts', expect: { timer: 720 } },
  { skill: 'list', say: 'apunta tomàquets i ous a la llista de la compra', expect: { listItems: ['tomàquets', 'ous'] } },
  {
    skill: 'calendar',
    say: 'posa al calendari un sopar amb la marta divendres a les nou del vespre',
    expect: {
      event: { day: '2026-11-27', time: '21:00', titleIncludes: 'sopar', notInTitle: ['divendres', 'nou', 'vespre'] },
    },
    note: '"sopar" is dinner; "les nou del vespre" is nine in the evening; Friday is 2026-11-27.',
  },
  { skill: 'light', say: 'encén el llum del menjador', expect: { light: { on: true } } },
  { skill: 'light', say: 'posa el llum de color vermell', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'apuja una mica el volum', expect: { volume: 'up' } },
  { skill: 'media', say: 'posa la música en pausa', expect: { playing: false } },
  { skill: 'datetime', say: 'quina hora és ara', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['vull una alarma', 'a les set i vint del matí'],
    expect: { alarm: '07:20' },
    note: 'The assistant asks for the time; the second turn answers it (seven twenty in the morning).',
  },
];

export default commands;
