// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** de-DE: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'stell einen wecker auf halb sieben', expect: { alarm: '06:30' }, note: 'German "halb sieben" is half an hour before seven: 06:30.' },
  { skill: 'alarm', say: 'stell mir für donnerstag einen wecker um sieben uhr morgens', expect: { alarm: { time: '07:00', day: '2026-11-26' } }, note: '"morgens" means in the morning, not "morgen" (tomorrow).' },
  { skill: 'timer', say: 'stell einen timer auf fünfundvierzig minuten', expect: { timer: 2700 } },
  { skill: 'timer', say: 'timer auf eine stunde und zwanzig minuten', expect: { timer: 4800 } },
  { skill: 'list', say: 'setz milch käse und tomaten auf die einkaufsliste', expect: { listItems: ['milch', 'käse', 'tomaten'] } },
  { skill: 'calendar', say: 'trag friseurtermin morgen um 14 uhr in meinen kalender ein', expect: { event: { day: '2026-11-25', time: '14:00', titleIncludes: 'friseur', notInTitle: ['morgen', 'uhr'] } } },
  { skill: 'light', say: 'mach das licht an', expect: { light: { on: true } }, given: { light: 'off' } },
  { skill: 'light', say: 'mach das licht grün', expect: { light: { colour: 'green' } } },
  { skill: 'volume', say: 'mach mal lauter', expect: { volume: 'up' } },
  { skill: 'media', say: 'spiel die musik weiter', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'wie viel ist hundert minus siebenunddreißig', expect: { math: '63' } },
  { skill: 'followup', say: ['stell mal einen timer', 'stell die lautstärke auf zwanzig'], expect: { volume: 20 }, note: 'The timer question ("how long?") is overtaken; no timer, volume 20.' },
];

export default commands;
