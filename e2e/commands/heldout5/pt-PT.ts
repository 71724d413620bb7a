// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** pt-PT: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'tenho de acordar amanhã às sete e meia', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'põe um alarme para as oito da noite', expect: { alarm: '20:00' } },
  { skill: 'timer', say: 'mete um temporizador de cinco minutos', expect: { timer: 300 } },
  { skill: 'list', say: 'acrescenta arroz à lista de compras', expect: { listItems: ['arroz'] } },
  {
    skill: 'calendar',
    say: 'marca jantar com a ana na quinta às oito e meia da noite',
    expect: { event: { day: '2026-11-26', time: '20:30', titleIncludes: 'jantar', notInTitle: ['quinta', 'noite', 'oito'] } },
  },
  { skill: 'light', say: 'baixa um bocadinho a luz', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'muda a luz para cor de laranja', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'sobe o som se faz favor', expect: { volume: 'up' } },
  { skill: 'media', say: 'põe aí uma música', expect: { playing: true } },
  { skill: 'math', say: 'quanto é 13 mais 29', expect: { math: '42' } },
  { skill: 'datetime', say: 'diz-me que dia é hoje', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  {
    skill: 'followup',
    say: ['quero pôr um alarme', 'pausa a música'],
    expect: { playing: false },
    note: 'The question for the alarm time is overtaken by a pause: the music stops, no alarm.',
  },
];

export default commands;
