// Ninth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** cy-GB: ninth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: "gosoda larwm am chwech o'r gloch bore fory",
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
    note: '"bore fory" is tomorrow morning ("fory" is the spoken "yfory").',
  },
  {
    skill: 'alarm',
    say: "gosod larwm am hanner awr wedi saith gyda'r nos",
    expect: { alarm: '19:30' },
    note: '"hanner awr wedi saith" is half past seven; "gyda\'r nos" is in the evening, so 19:30.',
  },
  { skill: 'timer', say: 'dechreua amserydd am ugain munud', expect: { timer: 1200 }, note: '"ugain" is twenty.' },
  { skill: 'timer', say: 'gosod amserydd am 45 eiliad', expect: { timer: 45 } },
  {
    skill: 'list',
    say: 'ychwanega halen a siwgr at y rhestr siopa',
    expect: { listItems: ['halen', 'siwgr'] },
    note: 'Salt and sugar: chosen because neither word mutates here, so the spoken form is the dictionary form.',
  },
  {
    skill: 'calendar',
    say: "rho apwyntiad deintydd yn y calendr ddydd llun am dri o'r gloch y prynhawn",
    expect: { event: { day: '2026-11-30', time: '15:00', titleIncludes: 'deintydd', notInTitle: ['llun', 'dri', 'prynhawn'] } },
    note: 'Monday ("ddydd llun", soft-mutated), "dri" is the mutated "tri": three in the afternoon; a dentist appointment.',
  },
  { skill: 'light', say: "rho'r golau ymlaen", expect: { light: { on: true } } },
  {
    skill: 'light',
    say: "newid lliw'r golau i binc",
    expect: { light: { on: true, colour: 'pink' } },
    note: '"binc" is "pinc" (pink) soft-mutated after "i".',
  },
  { skill: 'volume', say: "tro'r sŵn i lawr", expect: { volume: 'down' } },
  { skill: 'media', say: "stopia'r gerddoriaeth", expect: { playing: false }, note: '"gerddoriaeth" is "cerddoriaeth" (music) mutated after the article.' },
  { skill: 'datetime', say: "faint o'r gloch ydy hi", expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['gosod larwm', 'chwarter wedi saith y bore'],
    expect: { alarm: '07:15' },
    note: 'The assistant asks for the time; the answer is a quarter past seven in the morning.',
  },
];

export default commands;
