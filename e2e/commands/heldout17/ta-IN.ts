// Seventeenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ta-IN: seventeenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'நாளை மறுநாள் காலை ஆறரை மணிக்கு ஒரு அலாரம் வை', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: '"நாளை மறுநாள்" is the day after tomorrow (Thu 2026-11-26); "ஆறரை" is six and a half, 06:30.' },
  { skill: 'alarm', say: 'ராத்திரி ஒன்பதரை மணிக்கு அலாரம் செட் பண்ணு', expect: { alarm: '21:30' }, note: '"ராத்திரி" (night) with "ஒன்பதரை" (nine and a half) is 21:30.' },
  { skill: 'timer', say: 'ரெண்டு நிமிஷம் முப்பது செகண்டுக்கு டைமர் வை', expect: { timer: 150 }, note: 'Colloquial "ரெண்டு" for இரண்டு (two): 2 min 30 s = 150 s.' },
  { skill: 'timer', say: 'கால் மணி நேரத்துக்கு ஒரு டைமர் வை', expect: { timer: 900 }, note: '"கால் மணி நேரம்" is a quarter of an hour.' },
  { skill: 'list', say: 'ஷாப்பிங் லிஸ்ட்ல தேங்காய் எண்ணெய் சேர்த்துடு', expect: { listItems: ['தேங்காய் எண்ணெய்'] }, note: 'One item, coconut oil.' },
  { skill: 'calendar', say: 'நாளைக்கு சாயங்காலம் ஏழு மணிக்கு ப்ரியாவோட டின்னர்னு காலண்டர்ல போடு', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'ப்ரியா', notInTitle: ['நாளை', 'சாயங்காலம்', 'ஏழு', 'மணி'] } }, note: '"சாயங்காலம் ஏழு மணி" is 7 in the evening; the title is dinner with Priya ("ப்ரியாவோட டின்னர்", the quotative "னு" marks its end).' },
  { skill: 'light', say: 'லைட்ட முப்பது பர்சென்ட்டுக்கு டிம் பண்ணு', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'வெளிச்சத்த கொஞ்சம் கூட்டு', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' }, note: '"Raise the brightness a little."' },
  { skill: 'volume', say: 'வால்யூம இருபதுக்கு வை', expect: { volume: 20 } },
  { skill: 'media', say: 'ஏதாவது பாட்டு போடு', expect: { playing: true }, given: { playing: false }, note: '"Put on some song."' },
  { skill: 'math', say: 'எழுநூத்தி இருபத எட்டால வகுத்தா எவ்வளவு', expect: { math: '90' }, note: 'Colloquial "720 divided by 8": 90.' },
  { skill: 'followup', say: ['ஒரு அலாரம் வை', 'காலைல ஆறே காலுக்கு'], expect: { alarm: '06:15' }, note: '"ஆறே கால்" is six and a quarter, in the morning ("காலைல"): 06:15.' },
];

export default commands;
