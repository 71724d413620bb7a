// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** pt-PT: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'acorda-me amanhã às seis e vinte da manhã', expect: { alarm: { time: '06:20', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'põe o despertador para as 21h30', expect: { alarm: '21:30' } },
  { skill: 'timer', say: 'liga um temporizador de 20 minutos', expect: { timer: 1200 } },
  { skill: 'list', say: 'mete detergente na lista de compras', expect: { listItems: ['detergente'] } },
  { skill: 'calendar', say: 'marca jantar com o joão hoje às oito da noite', expect: { event: { day: '2026-11-24', time: '20:00', titleIncludes: 'jantar', notInTitle: ['hoje', 'oito', 'noite'] } } },
  { skill: 'light', say: 'apaga a luz', expect: { light: { on: false } } },
  { skill: 'light', say: 'põe a luz mais forte', expect: { light: { brightness: 'up' } } },
  { skill: 'volume', say: 'mete o volume mais baixo', expect: { volume: 'down' } },
  { skill: 'media', say: 'continua a música', expect: { playing: true } },
  { skill: 'math', say: 'quanto é oitenta a dividir por cinco', expect: { math: '16' } },
  { skill: 'datetime', say: 'em que dia estamos', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['põe um alarme', 'para as sete e um quarto da manhã'], expect: { alarm: '07:15' } },
];
export default commands;
