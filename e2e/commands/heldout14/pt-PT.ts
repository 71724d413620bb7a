// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** pt-PT: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'põe o despertador para um quarto para as oito', expect: { alarm: '07:45' }, note: '"um quarto para as oito" is a quarter to eight: 07:45.' },
  { skill: 'alarm', say: 'põe um alarme para sábado às nove da manhã', expect: { alarm: { time: '09:00', day: '2026-11-28' } } },
  { skill: 'timer', say: 'põe um temporizador de quinze minutos', expect: { timer: 900 } },
  { skill: 'timer', say: 'liga um temporizador de uma hora e dez minutos', expect: { timer: 4200 } },
  { skill: 'list', say: 'adiciona arroz feijão e azeite à lista de compras', expect: { listItems: ['arroz', 'feijão', 'azeite'] } },
  { skill: 'calendar', say: 'marca na agenda jantar com a sofia sexta às oito da noite', expect: { event: { day: '2026-11-27', time: '20:00', titleIncludes: 'jantar', notInTitle: ['sexta', 'oito', 'noite'] } } },
  { skill: 'light', say: 'apaga a luz', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'põe a luz cor de rosa', expect: { light: { colour: 'pink' } } },
  { skill: 'volume', say: 'baixa um bocadinho o som', expect: { volume: 'down' } },
  { skill: 'media', say: 'continua com a música', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'quanto é cem menos trinta e cinco', expect: { math: '65' } },
  { skill: 'followup', say: ['põe um alarme', 'põe o volume a quarenta'], expect: { volume: 40 }, note: 'The alarm question is overtaken; no alarm is set.' },
];

export default commands;
