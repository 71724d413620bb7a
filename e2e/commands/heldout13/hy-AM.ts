// Thirteenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** hy-AM: thirteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ինձ արթնացրու առավոտյան վեցն անց տասնհինգին', expect: { alarm: '06:15' }, note: '"վեցն անց տասնհինգ" is fifteen past six.' },
  { skill: 'alarm', say: 'երկուշաբթի առավոտյան ժամը յոթին զարթուցիչ դիր', expect: { alarm: { time: '07:00', day: '2026-11-30' } }, note: '"երկուշաբթի" is Monday.' },
  { skill: 'timer', say: 'թայմերը դիր մեկ ժամ քառասուն րոպե', expect: { timer: 6000 } },
  { skill: 'timer', say: 'թայմեր դիր հիսուն վայրկյան', expect: { timer: 50 } },
  { skill: 'list', say: 'գնումների ցուցակին ավելացրու կաթ հաց ու պանիր', expect: { listItems: ['կաթ', 'հաց', 'պանիր'] }, note: '"ու" is colloquial "and".' },
  { skill: 'calendar', say: 'օրացույցում նշիր ճաշ արամի հետ վաղը ժամը տասներկուսն անց տասնհինգին', expect: { event: { day: '2026-11-25', time: '12:15', titleIncludes: 'ճաշ', notInTitle: ['վաղը', 'ժամը', 'տասներկու', 'տասնհինգ'] } }, note: '"ճաշ արամի հետ" is lunch with Aram; "տասներկուսն անց տասնհինգ" is fifteen past twelve.' },
  { skill: 'light', say: 'լույսն անջատիր', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'լույսը մի քիչ ուժեղացրու', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'ձայնը դարձրու 25', expect: { volume: 25 } },
  { skill: 'media', say: 'շարունակիր երաժշտությունը', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'վեց անգամ ութը քանի է', expect: { math: '48' } },
  { skill: 'followup', say: ['գնումների ցուցակին մի բան ավելացրու', 'անջատիր լույսը'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
