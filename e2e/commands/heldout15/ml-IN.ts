// Fifteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ml-IN: fifteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'രാവിലെ അഞ്ചേകാലിന് ഒരു അലാറം വെക്ക്', expect: { alarm: '05:15' }, note: '"അഞ്ചേകാൽ" is five and a quarter: 05:15.' },
  { skill: 'alarm', say: 'വെള്ളിയാഴ്ച രാത്രി പത്ത് മണിക്ക് അലാറം വെക്കണം', expect: { alarm: { time: '22:00', day: '2026-11-27' } } },
  { skill: 'timer', say: '35 മിനിറ്റിന്റെ ടൈമർ വെക്ക്', expect: { timer: 2100 } },
  { skill: 'timer', say: 'രണ്ട് മണിക്കൂർ പതിനഞ്ച് മിനിറ്റിന് ടൈമർ വെക്ക്', expect: { timer: 8100 } },
  { skill: 'list', say: 'ഷോപ്പിംഗ് ലിസ്റ്റിൽ അരി പഞ്ചസാര പിന്നെ ചായപ്പൊടി ചേർക്ക്', expect: { listItems: ['അരി', 'പഞ്ചസാര', 'ചായപ്പൊടി'] }, note: 'Spoken Malayalam joins a list with "പിന്നെ" ("and also") rather than the -ഉം suffix on every item.' },
  { skill: 'calendar', say: 'നാളെ വൈകുന്നേരം ആറരയ്ക്ക് അനുവിന്റെ ബർത്ത്ഡേ പാർട്ടി കലണ്ടറിൽ ചേർക്ക്', expect: { event: { day: '2026-11-25', time: '18:30', titleIncludes: 'പാർട്ടി', notInTitle: ['നാളെ', 'വൈകുന്നേരം', 'ആറര'] } }, note: '"വൈകുന്നേരം ആറര" is half past six in the evening: 18:30.' },
  { skill: 'light', say: 'ലൈറ്റ് ഓഫ് ആക്ക്', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'ലൈറ്റ് നീല നിറത്തിലാക്ക്', expect: { light: { colour: 'blue' } } },
  { skill: 'volume', say: 'ശബ്ദം കുറച്ച് കൂട്ട്', expect: { volume: 'up' }, note: '"കുറച്ച്" here means "a bit", not "reduce"; "കൂട്ട്" is "raise".' },
  { skill: 'media', say: 'പാട്ട് ഒന്ന് നിർത്ത്', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: 'പതിനാറിനെ ആറ് കൊണ്ട് ഗുണിച്ചാൽ എത്ര', expect: { math: '96' } },
  { skill: 'followup', say: ['ഒരു ടൈമർ വെക്കണം', 'പാട്ട് പ്ലേ ചെയ്യ്'], expect: { playing: true }, given: { playing: false } },
];

export default commands;
