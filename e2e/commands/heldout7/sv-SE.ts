// Seventh held-out set: written on 4 December 2026 by someone who had not read the code or the earlier sets' sentences (only the summaries in docs/commands.md); run it once, blind, do not tune on it.
/** sv-SE: seventh held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'ställ väckarklockan på sju imorgon bitti',
    expect: { alarm: { time: '07:00', day: '2026-11-25' } },
    note: '"imorgon bitti" is early tomorrow morning: seven in the morning on Wednesday.',
  },
  {
    skill: 'alarm',
    say: 'sätt ett larm på halv sju på morgonen',
    expect: { alarm: '06:30' },
    note: '"halv sju" is half an hour before seven: 06:30.',
  },
  { skill: 'timer', say: 'starta en timer på tjugofem minuter', expect: { timer: 1500 } },
  { skill: 'timer', say: 'kan du sätta en timer på 12 minuter', expect: { timer: 720 } },
  { skill: 'list', say: 'skriv upp ägg och smör på handlingslistan', expect: { listItems: ['ägg', 'smör'] } },
  {
    skill: 'calendar',
    say: 'lägg till frisörtid på fredag klockan 15',
    expect: { event: { day: '2026-11-27', time: '15:00', titleIncludes: 'frisör', notInTitle: ['fredag', 'klockan'] } },
    note: '"frisörtid" is a hairdresser appointment; Friday is 2026-11-27.',
  },
  { skill: 'light', say: 'tänd lampan i köket tack', expect: { light: { on: true } } },
  { skill: 'light', say: 'gör lampan lila', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'skruva ner ljudet lite', expect: { volume: 'down' } },
  {
    skill: 'media',
    say: 'pausa låten är du snäll',
    expect: { playing: false },
    note: '"är du snäll" is "please".',
  },
  { skill: 'datetime', say: 'hur mycket är klockan', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['ställ in ett alarm', 'tjugo över sex på morgonen'],
    expect: { alarm: '06:20' },
    note: 'The assistant asks for the time; "tjugo över sex" is twenty past six.',
  },
];

export default commands;
