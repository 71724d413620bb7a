// Seventh held-out set: written on 4 December 2026 by someone who had not read the code or the earlier sets' sentences (only the summaries in docs/commands.md); run it once, blind, do not tune on it.
/** el-GR: seventh held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'ξύπνησέ με αύριο στις έξι το πρωί',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
  },
  {
    skill: 'alarm',
    say: 'βάλε ξυπνητήρι στις εφτά παρά τέταρτο το πρωί',
    expect: { alarm: '06:45' },
    note: '"εφτά παρά τέταρτο" is a quarter to seven: 06:45.',
  },
  { skill: 'timer', say: 'βάλε ένα χρονόμετρο για δέκα λεπτά', expect: { timer: 600 } },
  { skill: 'timer', say: 'χρονόμετρο 35 λεπτά', expect: { timer: 2100 } },
  { skill: 'list', say: 'πρόσθεσε γάλα και αυγά στη λίστα με τα ψώνια', expect: { listItems: ['γάλα', 'αυγά'] } },
  {
    skill: 'calendar',
    say: 'κλείσε ραντεβού με τον οδοντίατρο την πέμπτη στις πέντε το απόγευμα',
    expect: {
      event: { day: '2026-11-26', time: '17:00', titleIncludes: 'οδοντίατρ', notInTitle: ['πέμπτη', 'πέντε', 'απόγευμα'] },
    },
    note: '"την πέμπτη" is Thursday (2026-11-26); "πέντε το απόγευμα" is five in the afternoon.',
  },
  { skill: 'light', say: 'μπορείς να ανάψεις το φως στο σαλόνι', expect: { light: { on: true } } },
  { skill: 'light', say: 'κάνε το φως ροζ', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'volume', say: 'δυνάμωσε λίγο τον ήχο', expect: { volume: 'up' } },
  { skill: 'media', say: 'σταμάτα τη μουσική', expect: { playing: false } },
  { skill: 'datetime', say: 'τι ώρα είναι τώρα', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['θέλω ένα ξυπνητήρι', 'στις εφτά και είκοσι το πρωί'],
    expect: { alarm: '07:20' },
    note: 'The assistant asks for the time; the second turn answers it (seven twenty in the morning).',
  },
];

export default commands;
