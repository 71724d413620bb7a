// Twentieth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** sq-AL: twentieth held-out natural commands (Albanian). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'më zgjo pasnesër në mëngjes në shtatë pa një çerek', expect: { alarm: { time: '06:45', day: '2026-11-26' } }, note: '"Pasnesër" is the day after tomorrow (Thursday 26 November); "shtatë pa një çerek" (seven less a quarter) is 06:45.' },
  { skill: 'alarm', say: 'vendos alarmin në dhjetë e gjysmë të mbrëmjes', expect: { alarm: '22:30' } },
  { skill: 'timer', say: 'vendos kohëmatësin për dy minuta e dhjetë sekonda', expect: { timer: 130 } },
  { skill: 'timer', say: 'vendos një kohëmatës për një çerek ore', expect: { timer: 900 } },
  { skill: 'list', say: 'shto letër higjienike në listën e blerjeve', expect: { listItems: ['letër higjienike'] } },
  { skill: 'calendar', say: 'shëno në kalendar darkë me arbenin nesër në mbrëmje në orën shtatë', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'arben', notInTitle: ['nesër', 'mbrëmje', 'shtatë', 'orën'] } }, note: '"Nesër në mbrëmje në orën shtatë" is tomorrow at 19:00; the title is "darkë me arbenin" (dinner with Arben).' },
  { skill: 'light', say: 'ule dritën në tridhjetë përqind', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'bëje dritën pak më të ndritshme', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'vendose volumin në njëzet', expect: { volume: 20 } },
  { skill: 'media', say: 'lësho pak muzikë', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'sa është njëzet përqind e 250', expect: { math: '50' } },
  { skill: 'followup', say: ['vendos një alarm', 'në gjashtë e një çerek të mëngjesit'], expect: { alarm: '06:15' }, note: '"Gjashtë e një çerek" is a quarter past six.' },
];

export default commands;
