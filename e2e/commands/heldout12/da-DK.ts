// Twelfth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** da-DK: twelfth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'sæt en alarm til fem over halv syv om morgenen', expect: { alarm: '06:35' }, note: 'fem over halv syv = five past half-seven = 06:35' },
  { skill: 'alarm', say: 'sæt en alarm på mandag klokken halv otte', expect: { alarm: { time: '07:30', day: '2026-11-30' } }, note: 'halv otte = 07:30' },
  { skill: 'timer', say: 'sæt en timer på en time og fyrre minutter', expect: { timer: 6000 }, note: 'en time = one hour' },
  { skill: 'timer', say: 'sæt en timer på halvtreds sekunder', expect: { timer: 50 }, note: 'halvtreds = 50' },
  { skill: 'list', say: 'skriv mælk æg og rugbrød på indkøbslisten', expect: { listItems: ['mælk', 'æg', 'rugbrød'] } },
  { skill: 'calendar', say: 'sæt frokost med mette i kalenderen i morgen klokken kvart over tolv', expect: { event: { day: '2026-11-25', time: '12:15', titleIncludes: 'mette', notInTitle: ['morgen', 'kvart', 'tolv'] } } },
  { skill: 'light', say: 'sluk lyset', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'dæmp lyset lidt', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'sæt lydstyrken til femogtredive', expect: { volume: 35 } },
  { skill: 'media', say: 'start musikken igen', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'hvad er halvfjerds plus femten', expect: { math: '85' }, note: 'halvfjerds = 70' },
  { skill: 'followup', say: ['tilføj noget til min indkøbsliste', 'sluk lige lyset'], expect: { light: { on: false } }, given: { light: 'on' }, note: 'the second turn overtakes the pending what-to-add question; lige is a softener' },
];

export default commands;
