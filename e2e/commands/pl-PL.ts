/** pl-PL: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // Budziki
  { skill: 'alarm', say: 'obudź mnie o 6 15', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'nastaw budzik na jutro na wpół do ósmej rano', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'budzik na 18 30', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: 'obudź mnie za kwadrans szósta', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'ustaw budzik na kwadrans po dziesiątej wieczorem', expect: { alarm: '22:15' } },
  // Minutniki
  { skill: 'timer', say: 'minutnik 25 minut', expect: { timer: 1500 } },
  { skill: 'timer', say: 'ustaw minutnik na dziesięć minut', expect: { timer: 600 } },
  { skill: 'timer', say: 'nastaw timer na półtorej godziny', expect: { timer: 5400 } },
  // Listy
  { skill: 'list', say: 'dodaj mleko do listy zakupów', expect: { listItems: ['mleko'] } },
  { skill: 'list', say: 'dopisz jabłka i gruszki do listy zakupów', expect: { listItems: ['jabłka', 'gruszki'] } },
  { skill: 'list', say: 'dodaj jajka i masło do mojej listy', expect: { listItems: ['jajka', 'masło'] } },
  // Kalendarz
  { skill: 'calendar', say: 'dodaj dentystę w czwartek o 16 30', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'dentyst', notInTitle: ['czwartek'] } } },
  { skill: 'calendar', say: 'zaplanuj spotkanie z anną jutro o dziesiątej', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'spotkanie', notInTitle: ['jutro', 'dziesiątej'] } } },
  { skill: 'calendar', say: 'wpisz do kalendarza lunch z tomkiem w piątek o wpół do pierwszej', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: 'lunch', notInTitle: ['piątek', 'wpół', 'kalendarz'] } } },
  // Światło
  { skill: 'light', say: 'włącz światło', expect: { light: { on: true } } },
  { skill: 'light', say: 'zgaś światło', expect: { light: { on: false } } },
  { skill: 'light', say: 'przyciemnij światło', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'rozjaśnij światło', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'zmień światło na zielone', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'ustaw niebieskie światło', expect: { light: { on: true, colour: 'blue' } } },
  // Głośność
  { skill: 'volume', say: 'podgłośnij', expect: { volume: 'up' } },
  { skill: 'volume', say: 'ścisz trochę', expect: { volume: 'down' } },
  { skill: 'volume', say: 'głośność na 30', expect: { volume: 30 } },
  // Muzyka
  { skill: 'media', say: 'włącz muzykę', expect: { playing: true } },
  { skill: 'media', say: 'wstrzymaj muzykę', expect: { playing: false } },
  // Rachunki
  { skill: 'math', say: 'ile to jest 7 razy 7', expect: { math: '49' } },
  { skill: 'math', say: 'piętnaście plus dwadzieścia siedem', expect: { math: '42' } },
  // Czas i data
  { skill: 'datetime', say: 'która godzina', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: 'jaka jest dzisiaj data', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // Rozmowy
  { skill: 'followup', say: ['nastaw budzik', 'na 7 rano'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['ustaw minutnik', 'pięć minut'], expect: { timer: 300 } },
  { skill: 'followup', say: ['dodaj coś do listy zakupów', 'zgaś światło'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
