// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** pt-PT: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'acorda-me amanhã às sete da manhã', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'põe um alarme para as 22 e 30', expect: { alarm: '22:30' } },
  { skill: 'timer', say: 'preciso de um temporizador de quarenta minutos', expect: { timer: 2400 } },
  { skill: 'list', say: 'acrescenta arroz e azeite à lista de compras', expect: { listItems: ['arroz', 'azeite'] } },
  {
    skill: 'calendar',
    say: 'marca uma consulta no médico para segunda-feira às nove e meia da manhã',
    expect: { event: { day: '2026-11-30', time: '09:30', titleIncludes: 'consulta', notInTitle: ['segunda', 'nove', 'meia', 'manhã'] } },
  },
  { skill: 'light', say: 'podes pôr a luz amarela', expect: { light: { on: true, colour: 'yellow' } } },
  { skill: 'light', say: 'diminui a luz um bocadinho', expect: { light: { brightness: 'down' } } },
  { skill: 'volume', say: 'aumenta o som se faz favor', expect: { volume: 'up' } },
  { skill: 'media', say: 'põe a música a tocar outra vez', expect: { playing: true } },
  { skill: 'math', say: 'quanto é oitenta e quatro a dividir por sete', expect: { math: '12' } },
  { skill: 'datetime', say: 'diz-me lá que horas são', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['cria um alarme', 'às seis e um quarto da manhã'],
    expect: { alarm: '06:15' },
    note: 'The assistant asks for the time; the second turn answers it.',
  },
];

export default commands;
