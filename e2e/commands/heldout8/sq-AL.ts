// Eighth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** sq-AL: eighth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'më zgjo nesër në orën shtatë të mëngjesit',
    expect: { alarm: { time: '07:00', day: '2026-11-25' } },
  },
  {
    skill: 'alarm',
    say: 'vendos alarmin në nëntë e gjysmë të mbrëmjes',
    expect: { alarm: '21:30' },
    note: 'Half past nine in the evening.',
  },
  { skill: 'timer', say: 'vendos një kohëmatës për njëzet minuta', expect: { timer: 1200 } },
  { skill: 'timer', say: 'nis kohëmatësin për 5 minuta', expect: { timer: 300 } },
  { skill: 'list', say: 'shto qumësht dhe bukë në listën e blerjeve', expect: { listItems: ['qumësht', 'bukë'] } },
  {
    skill: 'calendar',
    say: 'shëno një takim me mjekun të enjten në orën katër pasdite',
    expect: {
      event: { day: '2026-11-26', time: '16:00', titleIncludes: 'mjek', notInTitle: ['enjte', 'orën', 'katër', 'pasdite'] },
    },
    note: '"të enjten" is on Thursday; four in the afternoon is 16:00.',
  },
  { skill: 'light', say: 'ndize dritën të lutem', expect: { light: { on: true } } },
  { skill: 'light', say: 'bëje dritën të verdhë', expect: { light: { on: true, colour: 'yellow' } } },
  { skill: 'volume', say: 'ngrije pak zërin', expect: { volume: 'up' } },
  { skill: 'media', say: 'ndalo muzikën', expect: { playing: false } },
  { skill: 'datetime', say: 'sa është ora tani', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['vendos një alarm', 'në gjashtë e një çerek të mëngjesit'],
    expect: { alarm: '06:15' },
    note: 'The assistant asks for the time; "gjashtë e një çerek" is a quarter past six.',
  },
];

export default commands;
