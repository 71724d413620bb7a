// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** pt-PT: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'acorda-me amanhã às sete', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'põe o despertador para as seis e quarenta e cinco da manhã', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'temporizador de dez minutos', expect: { timer: 600 } },
  { skill: 'list', say: 'adiciona tomates e cebolas à lista de compras', expect: { listItems: ['tomates', 'cebolas'] } },
  { skill: 'calendar', say: 'marca uma consulta no dentista na sexta-feira às duas da tarde', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'dentista', notInTitle: ['sexta', 'tarde'] } } },
  { skill: 'light', say: 'desliga a luz', expect: { light: { on: false } } },
  { skill: 'light', say: 'muda a luz para verde', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'baixa um pouco o volume', expect: { volume: 'down' } },
  { skill: 'media', say: 'pára a música', expect: { playing: false } },
  { skill: 'math', say: 'quanto é quinze vezes quatro', expect: { math: '60' } },
  { skill: 'datetime', say: 'que horas são agora', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['põe um temporizador', 'quinze minutos'], expect: { timer: 900 } },
];
export default commands;
