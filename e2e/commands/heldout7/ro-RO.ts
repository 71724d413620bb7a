// Seventh held-out set: written on 4 December 2026 by someone who had not read the code or the earlier sets' sentences (only the summaries in docs/commands.md); run it once, blind, do not tune on it.
/** ro-RO: seventh held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'trezește-mă mâine la cinci dimineața',
    expect: { alarm: { time: '05:00', day: '2026-11-25' } },
  },
  {
    skill: 'alarm',
    say: 'pune o alarmă la șapte fără un sfert dimineața',
    expect: { alarm: '06:45' },
    note: '"șapte fără un sfert" is a quarter to seven: 06:45.',
  },
  { skill: 'timer', say: 'pornește un timer de patruzeci și cinci de minute', expect: { timer: 2700 } },
  { skill: 'timer', say: 'pune un timer de 3 minute', expect: { timer: 180 } },
  { skill: 'list', say: 'adaugă ouă și brânză pe lista de cumpărături', expect: { listItems: ['ouă', 'brânză'] } },
  {
    skill: 'calendar',
    say: 'programează o ședință luni la ora zece dimineața',
    expect: {
      event: { day: '2026-11-30', time: '10:00', titleIncludes: 'ședință', notInTitle: ['luni', 'zece', 'dimineața'] },
    },
    note: '"luni" is Monday: the next one is 2026-11-30.',
  },
  { skill: 'light', say: 'aprinde lumina în dormitor te rog', expect: { light: { on: true } } },
  { skill: 'light', say: 'fă lumina galbenă', expect: { light: { on: true, colour: 'yellow' } } },
  {
    skill: 'volume',
    say: 'dă mai încet puțin',
    expect: { volume: 'down' },
    note: 'Colloquial "dă mai încet": turn it down.',
  },
  { skill: 'media', say: 'pune pauză la muzică', expect: { playing: false } },
  {
    skill: 'datetime',
    say: 'cât e ceasul',
    expect: { replyScenario: 'datetime', replyEffect: 'time:now' },
    note: 'Colloquial "what is the clock": what time is it.',
  },
  {
    skill: 'followup',
    say: ['setează o alarmă', 'la șapte și douăzeci dimineața'],
    expect: { alarm: '07:20' },
    note: 'The assistant asks for the time; the second turn answers it (seven twenty in the morning).',
  },
];

export default commands;
