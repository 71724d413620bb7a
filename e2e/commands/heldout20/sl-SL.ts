// Twentieth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** sl-SL: twentieth held-out natural commands (Slovene). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'zbudi me naslednji teden v sredo ob šestih', expect: { alarm: { time: '06:00', day: '2026-12-02' } }, note: 'Wednesday of next week (the week from Monday 30 November) is 2 December.' },
  { skill: 'alarm', say: 'nastavi budilko za pol desetih zvečer', expect: { alarm: '21:30' }, note: 'Slovene "pol desetih" is half an hour BEFORE ten, and "zvečer" makes it 21:30.' },
  { skill: 'timer', say: 'nastavi timer na devetdeset sekund', expect: { timer: 90 } },
  { skill: 'timer', say: 'nastavi timer na četrt ure', expect: { timer: 900 } },
  { skill: 'list', say: 'dodaj olivno olje na nakupovalni seznam', expect: { listItems: ['olivno olje'] } },
  { skill: 'calendar', say: 'v koledar vpiši večerjo z majo jutri zvečer ob sedmih', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'majo', notInTitle: ['jutri', 'zvečer', 'sedmih'] } }, note: '"Jutri zvečer ob sedmih" is tomorrow at 19:00; the title is dinner with Maja ("večerjo z majo").' },
  { skill: 'light', say: 'zatemni luč na trideset odstotkov', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'posvetli malo luč', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'daj glasnost na trideset', expect: { volume: 30 } },
  { skill: 'media', say: 'predvajaj malo glasbe', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'koliko je dvesto deljeno z osem', expect: { math: '25' } },
  { skill: 'followup', say: ['nastavi budilko', 'ob četrt na sedem zjutraj'], expect: { alarm: '06:15' }, note: 'Slovene counts quarters into the coming hour: "četrt na sedem" is 06:15.' },
];

export default commands;
