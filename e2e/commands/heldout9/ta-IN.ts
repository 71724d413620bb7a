// Ninth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ta-IN: ninth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'நாளைக்கு காலையில ஆறு மணிக்கு அலாரம் வை',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
    note: 'Spoken Tamil: "naalaikku" tomorrow, "kaalaiyila" in the morning.',
  },
  { skill: 'alarm', say: 'சாயங்காலம் ஏழு மணிக்கு ஒரு அலாரம் செட் பண்ணு', expect: { alarm: '19:00' }, note: '"saayangaalam" is the evening.' },
  { skill: 'timer', say: 'இருபது நிமிஷத்துக்கு டைமர் வை', expect: { timer: 1200 } },
  { skill: 'timer', say: '90 செகண்ட் டைமர் வை', expect: { timer: 90 } },
  { skill: 'list', say: 'ஷாப்பிங் லிஸ்ட்ல பால் மற்றும் ரொட்டி சேர்த்துடு', expect: { listItems: ['பால்', 'ரொட்டி'] } },
  {
    skill: 'calendar',
    say: 'திங்கட்கிழமை மதியம் மூணு மணிக்கு காலண்டர்ல டாக்டர் அப்பாயின்ட்மென்ட் சேர்த்துடு',
    expect: { event: { day: '2026-11-30', time: '15:00', titleIncludes: 'டாக்டர்', notInTitle: ['திங்கட்கிழமை', 'மதியம்', 'மூணு'] } },
    note: 'Monday (next one, the 30th); "madhiyam moonu mani" is three in the afternoon ("moonu" is spoken "moonru").',
  },
  { skill: 'light', say: 'லைட்ட ஆன் பண்ணு', expect: { light: { on: true } } },
  { skill: 'light', say: 'லைட்ட சிவப்பா மாத்து', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'வால்யூம் கொஞ்சம் குறை', expect: { volume: 'down' } },
  { skill: 'media', say: 'பாட்ட நிறுத்து', expect: { playing: false } },
  { skill: 'datetime', say: 'இப்போ மணி என்ன', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['ஒரு அலாரம் வை', 'காலையில ஏழரை மணிக்கு'],
    expect: { alarm: '07:30' },
    note: 'The assistant asks for the time; "ezharai" is seven and a half, in the morning.',
  },
];

export default commands;
