// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** pl-PL: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'obudź mnie wpół do siódmej', expect: { alarm: '06:30' }, note: '"wpół do siódmej" is half an hour before seven: 06:30.' },
  { skill: 'alarm', say: 'nastaw budzik na poniedziałek na szóstą rano', expect: { alarm: { time: '06:00', day: '2026-11-30' } } },
  { skill: 'timer', say: 'ustaw minutnik na 12 minut', expect: { timer: 720 } },
  { skill: 'timer', say: 'nastaw timer na godzinę i czterdzieści minut', expect: { timer: 6000 } },
  { skill: 'list', say: 'dodaj do listy zakupów masło jajka i mąkę', expect: { listItems: ['masło', 'jajka', 'mąkę'] }, note: '"mąkę" is the accusative of mąka, as said.' },
  { skill: 'calendar', say: 'dodaj do kalendarza spotkanie z kasią w czwartek o osiemnastej', expect: { event: { day: '2026-11-26', time: '18:00', titleIncludes: 'spotkanie', notInTitle: ['czwartek', 'osiemnast'] } } },
  { skill: 'light', say: 'zgaś światło', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'zmień kolor światła na różowy', expect: { light: { colour: 'pink' } } },
  { skill: 'volume', say: 'ścisz trochę', expect: { volume: 'down' } },
  { skill: 'media', say: 'puść dalej muzykę', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'ile to jest osiem razy dziewięć', expect: { math: '72' } },
  { skill: 'followup', say: ['dodaj coś do listy', 'dobra zrób głośniej'], expect: { volume: 'up' }, note: 'The list question is overtaken; nothing is added, the volume goes up.' },
];

export default commands;
