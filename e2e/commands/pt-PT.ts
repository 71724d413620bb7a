/** pt-PT (European Portuguese): natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // Alarmes
  { skill: 'alarm', say: 'acorda-me às 6 e 15', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'põe um alarme para as sete e meia da manhã', expect: { alarm: '07:30' } },
  { skill: 'alarm', say: 'alarme às 18 e 30', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: 'acorda-me às seis menos um quarto', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'define um alarme para as dez e um quarto da noite', expect: { alarm: '22:15' } },
  // Temporizadores
  { skill: 'timer', say: 'temporizador 25 minutos', expect: { timer: 1500 } },
  { skill: 'timer', say: 'põe um temporizador de dez minutos', expect: { timer: 600 } },
  { skill: 'timer', say: 'liga um temporizador de hora e meia', expect: { timer: 5400 } },
  // Listas
  { skill: 'list', say: 'adiciona leite à lista de compras', expect: { listItems: ['leite'] } },
  { skill: 'list', say: 'põe maçãs e peras na lista de compras', expect: { listItems: ['maçãs', 'peras'] } },
  { skill: 'list', say: 'acrescenta ovos e manteiga à minha lista', expect: { listItems: ['ovos', 'manteiga'] } },
  // Calendário
  { skill: 'calendar', say: 'adiciona dentista na quinta às 16 e 30', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'dentista', notInTitle: ['quinta'] } } },
  { skill: 'calendar', say: 'marca uma reunião com a ana amanhã às dez', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'ana', notInTitle: ['amanhã', 'dez'] } } },
  { skill: 'calendar', say: 'marca almoço com o tomás na sexta à uma e meia', expect: { event: { day: '2026-11-27', time: '13:30', titleIncludes: 'almoço', notInTitle: ['sexta', 'meia'] } } },
  // Luz
  { skill: 'light', say: 'liga a luz', expect: { light: { on: true } } },
  { skill: 'light', say: 'desliga as luzes', expect: { light: { on: false } } },
  { skill: 'light', say: 'diminui a luz', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'aumenta a luz', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'põe a luz verde', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'muda a luz para azul', expect: { light: { on: true, colour: 'blue' } } },
  // Volume
  { skill: 'volume', say: 'aumenta o volume', expect: { volume: 'up' } },
  { skill: 'volume', say: 'baixa um pouco o som', expect: { volume: 'down' } },
  { skill: 'volume', say: 'volume a 30', expect: { volume: 30 } },
  // Música
  { skill: 'media', say: 'põe música', expect: { playing: true } },
  { skill: 'media', say: 'pausa a música', expect: { playing: false } },
  // Contas
  { skill: 'math', say: 'quanto é 7 vezes 7', expect: { math: '49' } },
  { skill: 'math', say: 'quinze mais vinte e sete', expect: { math: '42' } },
  // Hora e data
  { skill: 'datetime', say: 'que horas são', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: 'que dia é hoje', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // Conversas
  { skill: 'followup', say: ['põe um alarme', 'às 7 da manhã'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['põe um temporizador', 'cinco minutos'], expect: { timer: 300 } },
  { skill: 'followup', say: ['adiciona à lista de compras', 'desliga a luz'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
