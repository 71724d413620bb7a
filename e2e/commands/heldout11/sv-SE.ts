// Eleventh held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** sv-SE: eleventh held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'väck mig kvart i sju på morgonen', expect: { alarm: '06:45' }, note: '"kvart i sju" = quarter to seven = 06:45.' },
  { skill: 'alarm', say: 'ställ ett larm på fredag klockan halv åtta', expect: { alarm: { time: '07:30', day: '2026-11-27' } }, note: '"halv åtta" = half before eight = 07:30 (not 08:30).' },
  { skill: 'timer', say: 'sätt en timer på en timme och tjugofem minuter', expect: { timer: 5100 } },
  { skill: 'timer', say: 'starta en timer på en halvtimme', expect: { timer: 1800 }, note: '"halvtimme" = half an hour, one word.' },
  { skill: 'list', say: 'lägg till mjölk ägg och kaffe på handlingslistan', expect: { listItems: ['mjölk', 'ägg', 'kaffe'] }, note: '"handlingslistan" is the everyday word for the shopping list (also "inköpslistan").' },
  { skill: 'calendar', say: 'lägg in lunch med anna imorgon klockan halv ett', expect: { event: { day: '2026-11-25', time: '12:30', titleIncludes: 'anna', notInTitle: ['imorgon', 'klockan', 'halv'] } }, note: '"halv ett" = 12:30; lunch makes it midday, not 00:30.' },
  { skill: 'light', say: 'släck lampan', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'dämpa ljuset lite', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'ställ volymen på 40', expect: { volume: 40 } },
  { skill: 'media', say: 'fortsätt spela musiken', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'vad blir femton gånger sex', expect: { math: '90' } },
  { skill: 'followup', say: ['lägg till en grej på inköpslistan', 'släck ljuset'], expect: { light: { on: false } }, given: { light: 'on' }, note: 'Second turn ignores the "what should I add" question; "grej" = thing (colloquial).' },
];

export default commands;
