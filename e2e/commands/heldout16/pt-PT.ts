// Sixteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** pt-PT: sixteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'põe o despertador para a próxima segunda às sete e meia da manhã', expect: { alarm: { time: '07:30', day: '2026-11-30' } }, note: '"a próxima segunda" said on Tuesday 24 November is Monday 30 November.' },
  { skill: 'alarm', say: 'mete um alarme para as onze da noite', expect: { alarm: '23:00' } },
  { skill: 'timer', say: 'põe um temporizador de dois minutos e quarenta segundos', expect: { timer: 160 } },
  { skill: 'timer', say: 'põe um temporizador de um quarto de hora', expect: { timer: 900 } },
  { skill: 'list', say: 'acrescenta papel higiénico à lista de compras', expect: { listItems: ['papel higiénico'] } },
  { skill: 'calendar', say: 'marca na agenda jantar com o joão amanhã às oito da noite', expect: { event: { day: '2026-11-25', time: '20:00', titleIncludes: 'joão', notInTitle: ['amanhã', 'oito', 'noite'] } }, note: '"amanhã às oito da noite" is 20:00 on Wednesday 25 November.' },
  { skill: 'light', say: 'baixa a luz para quarenta por cento', expect: { light: { brightness: 40 } }, given: { light: 'on' } },
  { skill: 'light', say: 'aumenta um bocadinho a luz', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'põe o volume a trinta', expect: { volume: 30 } },
  { skill: 'media', say: 'põe música a tocar', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'quanto é noventa a dividir por seis', expect: { math: '15' } },
  { skill: 'followup', say: ['põe um alarme', 'às seis e um quarto da manhã'], expect: { alarm: '06:15' } },
];

export default commands;
