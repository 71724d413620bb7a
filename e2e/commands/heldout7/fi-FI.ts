// Seventh held-out set: written on 4 December 2026 by someone who had not read the code or the earlier sets' sentences (only the summaries in docs/commands.md); run it once, blind, do not tune on it.
/** fi-FI: seventh held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'herätä mut huomenna aamulla kello viisi',
    expect: { alarm: { time: '05:00', day: '2026-11-25' } },
    note: 'Colloquial "mut" (me); five tomorrow morning.',
  },
  {
    skill: 'alarm',
    say: 'laita herätys puoli seitsemältä aamulla',
    expect: { alarm: '06:30' },
    note: '"puoli seitsemältä" is half an hour before seven: 06:30.',
  },
  { skill: 'timer', say: 'laita ajastin viideksitoista minuutiksi', expect: { timer: 900 } },
  { skill: 'timer', say: 'laita 20 minuutin ajastin', expect: { timer: 1200 } },
  { skill: 'list', say: 'lisää kahvi ja jogurtti ostoslistalle', expect: { listItems: ['kahvi', 'jogurtti'] } },
  {
    skill: 'calendar',
    say: 'merkitse kalenteriin palaveri torstaina kello 14',
    expect: { event: { day: '2026-11-26', time: '14:00', titleIncludes: 'palaveri', notInTitle: ['torstai', 'kello'] } },
  },
  { skill: 'light', say: 'voisitko laittaa valot päälle', expect: { light: { on: true } } },
  { skill: 'light', say: 'vaihda valo siniseksi', expect: { light: { on: true, colour: 'blue' } } },
  {
    skill: 'volume',
    say: 'laita vähän hiljemmalle',
    expect: { volume: 'down' },
    note: '"hiljemmalle" is "quieter".',
  },
  { skill: 'media', say: 'laita musiikki tauolle', expect: { playing: false } },
  { skill: 'datetime', say: 'paljonko kello on', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['aseta herätys', 'kello seitsemän aamulla'],
    expect: { alarm: '07:00' },
    note: 'The assistant asks for the time; the second turn answers it.',
  },
];

export default commands;
