// Nineteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** sv-SE: nineteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'väck mig onsdag nästa vecka halv sju på morgonen', expect: { alarm: { time: '06:30', day: '2026-12-02' } }, note: 'Swedish "halv sju" is half an hour before seven: 06:30. Wednesday of next week is 2026-12-02 (this week\'s Wednesday is 2026-11-25).' },
  { skill: 'alarm', say: 'ställ ett larm kvart i elva i kväll', expect: { alarm: '22:45' }, note: '"kvart i elva i kväll" is a quarter to eleven tonight: 22:45.' },
  { skill: 'timer', say: 'sätt en timer på två minuter och trettio sekunder', expect: { timer: 150 } },
  { skill: 'timer', say: 'ställ en timer på en kvart', expect: { timer: 900 }, note: '"en kvart" is a quarter of an hour.' },
  { skill: 'list', say: 'lägg till krossade tomater på inköpslistan', expect: { listItems: ['krossade tomater'] } },
  { skill: 'calendar', say: 'lägg in middag med anna i morgon kväll klockan sju', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'middag', notInTitle: ['morgon', 'kväll', 'klockan', 'sju'] } }, note: '"i morgon kväll klockan sju" is tomorrow at 19:00.' },
  { skill: 'light', say: 'dämpa lampan till 30 procent', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'kan du göra det lite ljusare här', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'sätt volymen på tjugofem', expect: { volume: 25 } },
  { skill: 'media', say: 'spela lite musik', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'vad är hundrafyrtiofyra delat med tolv', expect: { math: '12' }, note: '144 / 12 = 12.' },
  { skill: 'followup', say: ['ställ in ett larm', 'tjugo i sju på morgonen'], expect: { alarm: '06:40' }, note: '"tjugo i sju" is twenty to seven: 06:40.' },
];

export default commands;
