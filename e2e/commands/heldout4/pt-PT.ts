// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** pt-PT: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'acorda-me amanhã às seis e meia', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'mete um alarme para as duas da tarde', expect: { alarm: '14:00' } },
  { skill: 'timer', say: 'liga um temporizador de 15 minutos', expect: { timer: 900 } },
  { skill: 'list', say: 'põe detergente da loiça na lista de compras', expect: { listItems: ['detergente da loiça'] } },
  { skill: 'calendar', say: 'marca na agenda um jantar de anos sexta-feira às oito da noite', expect: { event: { day: '2026-11-27', time: '20:00', titleIncludes: 'jantar', notInTitle: ['sexta', 'oito', 'noite'] } } },
  { skill: 'light', say: 'põe a luz mais fraca', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'muda a luz para laranja', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'sobe o som', expect: { volume: 'up' } },
  { skill: 'media', say: 'mete a música em pausa', expect: { playing: false } },
  { skill: 'math', say: 'quanto é mil menos trezentos e sessenta e cinco', expect: { math: '635' } },
  { skill: 'datetime', say: 'em que dia estamos hoje', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['liga um temporizador', 'três minutos'], expect: { timer: 180 } },
];
export default commands;
