// Twenty-first held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** hy-AM: twenty-first held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'զարթուցիչը դիր հաջորդ շաբաթվա չորեքշաբթի առավոտյան յոթն անց կեսին', expect: { alarm: { time: '07:30', day: '2026-12-02' } }, note: 'Wednesday of next week from Tue 24 Nov is 2 Dec; "յոթն անց կես" is half past seven.' },
  { skill: 'alarm', say: 'զարթուցիչ դիր երեկոյան ինն անց կեսին', expect: { alarm: '21:30' }, note: '"երեկոյան ինն անց կես" is half past nine in the evening.' },
  { skill: 'timer', say: 'թայմեր միացրու իննսուն վայրկյանով', expect: { timer: 90 } },
  { skill: 'timer', say: 'թայմեր դիր կես ժամով', expect: { timer: 1800 }, note: '"կես ժամ" is half an hour.' },
  { skill: 'list', say: 'զուգարանի թուղթ ավելացրու գնումների ցուցակին', expect: { listItems: ['զուգարանի թուղթ'] }, note: '"զուգարանի թուղթ" is toilet paper, one item.' },
  { skill: 'calendar', say: 'օրացույցում գրի ընթրիք աննայի հետ վաղը երեկոյան ժամը յոթին', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'ընթրիք', notInTitle: ['վաղը', 'երեկոյան', 'ժամը', 'յոթին'] } } },
  { skill: 'light', say: 'լույսը մարացրու մինչև 30 տոկոս', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'լույսը մի քիչ ավելացրու', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'ձայնը դարձրու քսան', expect: { volume: 20 } },
  { skill: 'media', say: 'երաժշտություն միացրու', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'որքան է հարյուր քառասունչորսը բաժանած տասներկուսի', expect: { math: '12' } },
  { skill: 'followup', say: ['զարթուցիչ դիր', 'առավոտյան վեցն անց տասնհինգին'], expect: { alarm: '06:15' }, note: '"վեցն անց տասնհինգ" is fifteen past six.' },
];

export default commands;
