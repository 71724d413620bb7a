// Ninth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** hy-AM: ninth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'վաղը առավոտյան ժամը վեցին զարթուցիչ դիր',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
    note: '"vaghe" tomorrow, "aravotyan" in the morning; "dir" (put) is the spoken "set".',
  },
  {
    skill: 'alarm',
    say: 'երեկոյան ութն անց կեսին զարթուցիչ միացրու',
    expect: { alarm: '20:30' },
    note: '"utn ants kes" is half past eight; "yerekoyan" is the evening, so 20:30.',
  },
  { skill: 'timer', say: 'տասնհինգ րոպեով թայմեր դիր', expect: { timer: 900 } },
  { skill: 'timer', say: '8 րոպեանոց թայմեր միացրու', expect: { timer: 480 } },
  { skill: 'list', say: 'գնումների ցուցակին ավելացրու կաթ ու հաց', expect: { listItems: ['կաթ', 'հաց'] } },
  {
    skill: 'calendar',
    say: 'հինգշաբթի ցերեկը ժամը երեքին օրացույցում նշիր ատամնաբույժի այց',
    expect: { event: { day: '2026-11-26', time: '15:00', titleIncludes: 'ատամնաբույժ', notInTitle: ['հինգշաբթի', 'ցերեկ', 'երեք'] } },
    note: 'Thursday ("hingshabti", which begins with "hing", five); "tsereke" is the daytime: three in the afternoon; a visit to the dentist.',
  },
  { skill: 'light', say: 'լույսը վառի էլի', expect: { light: { on: true } }, note: '"eli" is a colloquial softener, like "go on".' },
  { skill: 'light', say: 'լույսը դարձրու նարնջագույն', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'ձայնը մի քիչ բարձրացրու', expect: { volume: 'up' } },
  { skill: 'media', say: 'երաժշտությունը դադարեցրու', expect: { playing: false } },
  { skill: 'datetime', say: 'ժամը քանիսն է', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['զարթուցիչ դիր', 'առավոտյան յոթին'],
    expect: { alarm: '07:00' },
    note: 'The assistant asks for the time; the answer is seven in the morning.',
  },
];

export default commands;
