// Tenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ml-IN: tenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'നാളെ രാവിലെ അഞ്ചു മണിക്ക് ഒരു അലാറം വെക്ക്', expect: { alarm: { time: '05:00', day: '2026-11-25' } }, note: 'tomorrow morning at five; വെക്ക് = put (set).' },
  { skill: 'alarm', say: 'വൈകുന്നേരം ഏഴു മണിക്ക് അലാറം സെറ്റ് ചെയ്യൂ', expect: { alarm: '19:00' }, note: 'വൈകുന്നേരം = evening.' },
  { skill: 'timer', say: 'മൂന്നു മിനിറ്റിന്റെ ടൈമർ വെക്ക്', expect: { timer: 180 }, note: 'a three-minute timer.' },
  { skill: 'timer', say: 'ടൈമർ 15 മിനിറ്റ് സെറ്റ് ചെയ്യൂ', expect: { timer: 900 } },
  { skill: 'list', say: 'തക്കാളിയും ഉള്ളിയും ഷോപ്പിംഗ് ലിസ്റ്റിൽ ചേർക്ക്', expect: { listItems: ['തക്കാളി', 'ഉള്ളി'] }, note: 'tomatoes and onions: Malayalam says "and" with the suffix -ഉം on each item (തക്കാളി + ഉം = തക്കാളിയും, ഉള്ളി + ഉം = ഉള്ളിയും); the items are their dictionary forms.' },
  {
    skill: 'calendar',
    say: 'ശനിയാഴ്ച ഉച്ചയ്ക്ക് രണ്ടു മണിക്ക് ഡോക്ടർ അപ്പോയിന്റ്മെന്റ് കലണ്ടറിൽ ചേർക്കൂ',
    expect: { event: { day: '2026-11-28', time: '14:00', titleIncludes: 'ഡോക്ടർ', notInTitle: ['ശനിയാഴ്ച', 'ഉച്ച', 'രണ്ടു', 'മണി'] } },
    note: 'Saturday; ഉച്ചയ്ക്ക് രണ്ടു മണി = two in the afternoon (ഉച്ച = midday). Title: doctor appointment.',
  },
  { skill: 'light', say: 'ലൈറ്റ് ഒന്ന് ഇടൂ', expect: { light: { on: true } }, note: 'colloquial "put the light on"; ഒന്ന് is a softener ("just"), not the number.' },
  { skill: 'light', say: 'ലൈറ്റ് പച്ച കളർ ആക്കൂ', expect: { light: { on: true, colour: 'green' } }, note: 'make the light green (പച്ച); കളർ = colour.' },
  { skill: 'volume', say: 'സൗണ്ട് കുറച്ച് കുറയ്ക്ക്', expect: { volume: 'down' }, note: 'turn the sound down a little (കുറച്ച് = a little, കുറയ്ക്ക് = reduce).' },
  { skill: 'media', say: 'പാട്ട് നിർത്ത്', expect: { playing: false }, note: 'stop the song.' },
  { skill: 'datetime', say: 'ഇപ്പോൾ സമയം എത്രയായി', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['എനിക്ക് ഒരു അലാറം വെക്കണം', 'രാവിലെ ഏഴരയ്ക്ക്'], expect: { alarm: '07:30' }, note: 'ഏഴര = seven and a half; -യ്ക്ക് = at.' },
];

export default commands;
