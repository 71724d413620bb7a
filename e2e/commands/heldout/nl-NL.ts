// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** nl-NL: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'maak me morgen om kwart over zes wakker', expect: { alarm: { time: '06:15', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'zet een wekker om half elf vanavond', expect: { alarm: '22:30' }, note: 'half elf is 10:30' },
  { skill: 'timer', say: 'timer van twaalf minuten', expect: { timer: 720 } },
  { skill: 'list', say: 'zet kaas en brood op het boodschappenlijstje', expect: { listItems: ['kaas', 'brood'] } },
  { skill: 'calendar', say: "zet kapper op maandag om drie uur 's middags in mijn agenda", expect: { event: { day: '2026-11-30', time: '15:00', titleIncludes: 'kapper', notInTitle: ['maandag', 'middags', 'agenda'] } } },
  { skill: 'light', say: 'doe het licht aan', expect: { light: { on: true } } },
  { skill: 'light', say: 'maak het licht wat feller', expect: { light: { brightness: 'up' } } },
  { skill: 'volume', say: 'zachter graag', expect: { volume: 'down' } },
  { skill: 'media', say: 'zet muziek aan', expect: { playing: true } },
  { skill: 'math', say: 'hoeveel is zeven keer acht', expect: { math: '56' } },
  { skill: 'datetime', say: 'welke dag is het vandaag', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['ik wil een wekker', "om zeven uur 's ochtends"], expect: { alarm: '07:00' } },
];
export default commands;
