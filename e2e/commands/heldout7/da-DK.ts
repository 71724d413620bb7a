// Seventh held-out set: written on 4 December 2026 by someone who had not read the code or the earlier sets' sentences (only the summaries in docs/commands.md); run it once, blind, do not tune on it.
/** da-DK: seventh held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'kan du vække mig klokken seks i morgen tidlig',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
    note: '"i morgen tidlig" is early tomorrow morning.',
  },
  {
    skill: 'alarm',
    say: 'sæt vækkeuret til halv otte om morgenen',
    expect: { alarm: '07:30' },
    note: '"halv otte" is half an hour before eight: 07:30.',
  },
  { skill: 'timer', say: 'sæt en timer på fyrre minutter', expect: { timer: 2400 } },
  { skill: 'timer', say: 'giv mig en timer på 7 minutter', expect: { timer: 420 } },
  { skill: 'list', say: 'sæt kaffe og sukker på indkøbslisten', expect: { listItems: ['kaffe', 'sukker'] } },
  {
    skill: 'calendar',
    say: 'skriv tandlæge ind i kalenderen på onsdag klokken ti om formiddagen',
    expect: {
      event: { day: '2026-11-25', time: '10:00', titleIncludes: 'tandlæge', notInTitle: ['onsdag', 'klokken', 'formiddag'] },
    },
    note: '"om formiddagen" is the late morning: ten in the morning on Wednesday.',
  },
  {
    skill: 'light',
    say: 'gider du tænde lyset i stuen',
    expect: { light: { on: true } },
    note: '"gider du" is a casual "would you".',
  },
  { skill: 'light', say: 'gør lyset grønt', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'skru lidt op for lyden', expect: { volume: 'up' } },
  { skill: 'media', say: 'sæt musikken på pause', expect: { playing: false } },
  { skill: 'datetime', say: 'hvad er klokken nu', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['sæt en alarm', 'kvart over syv om morgenen'],
    expect: { alarm: '07:15' },
    note: 'The assistant asks for the time; "kvart over syv" is a quarter past seven.',
  },
];

export default commands;
