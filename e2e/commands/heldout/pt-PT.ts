// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** pt-PT: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'acorda-me amanhã às sete e um quarto', expect: { alarm: { time: '07:15', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'põe um alarme para as 23h', expect: { alarm: '23:00' } },
  { skill: 'timer', say: 'temporizador de dois minutos', expect: { timer: 120 } },
  { skill: 'list', say: 'adiciona arroz e feijão à lista de compras', expect: { listItems: ['arroz', 'feijão'] } },
  { skill: 'calendar', say: 'marca consulta no médico na quarta às três da tarde', expect: { event: { day: '2026-11-25', time: '15:00', titleIncludes: 'consulta', notInTitle: ['quarta', 'três', 'tarde'] } } },
  { skill: 'light', say: 'acende a luz', expect: { light: { on: true } } },
  { skill: 'light', say: 'põe a luz cor de laranja', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'põe o volume a 20', expect: { volume: 20 } },
  { skill: 'media', say: 'põe a música em pausa', expect: { playing: false } },
  { skill: 'math', say: 'quanto são onze vezes três', expect: { math: '33' } },
  { skill: 'datetime', say: 'diz-me as horas', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['preciso de um temporizador', 'dez minutos'], expect: { timer: 600 } },
];
export default commands;
