// Eleventh held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ta-IN: eleventh held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'காலையில ஆறே முக்கால் மணிக்கு அலாரம் வை', expect: { alarm: '06:45' }, note: '"ஆறே முக்கால்" = six and three quarters = 06:45; "காலையில" is spoken காலையில்.' },
  { skill: 'alarm', say: 'சனிக்கிழமை காலை ஏழரை மணிக்கு அலாரம் செட் பண்ணு', expect: { alarm: { time: '07:30', day: '2026-11-28' } }, note: '"ஏழரை" = seven and a half = 07:30.' },
  { skill: 'timer', say: 'ஒரு மணி நேரம் நாற்பது நிமிஷத்துக்கு டைமர் வை', expect: { timer: 6000 }, note: '"நிமிஷம்" is the spoken form of நிமிடம் (minute).' },
  { skill: 'timer', say: 'அரை மணி நேரத்துக்கு ஒரு டைமர் வை', expect: { timer: 1800 } },
  { skill: 'list', say: 'ஷாப்பிங் லிஸ்ட்ல பால் முட்டை தக்காளி சேர்த்துடு', expect: { listItems: ['பால்', 'முட்டை', 'தக்காளி'] } },
  { skill: 'calendar', say: 'நாளைக்கு மதியம் ஒன்றரை மணிக்கு ரமேஷ் கூட லஞ்ச் காலண்டர்ல போடு', expect: { event: { day: '2026-11-25', time: '13:30', titleIncludes: 'லஞ்ச்', notInTitle: ['நாளை', 'மதியம்', 'ஒன்றரை'] } }, note: '"ஒன்றரை" = one and a half = 1:30, "மதியம்" (afternoon) makes it 13:30; "ரமேஷ் கூட லஞ்ச்" = lunch with Ramesh.' },
  { skill: 'light', say: 'லைட்டை ஆஃப் பண்ணு', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'லைட் வெளிச்சத்தை கொஞ்சம் கூட்டு', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' }, note: '"கூட்டு" = increase.' },
  { skill: 'volume', say: 'வால்யூம் 70ல வை', expect: { volume: 70 } },
  { skill: 'media', say: 'பாட்டை மறுபடி ப்ளே பண்ணு', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'எட்டு இன்டு ஒன்பது எவ்வளவு', expect: { math: '72' }, note: '"இன்டு" = English "into", the everyday spoken word for times.' },
  { skill: 'followup', say: ['ஷாப்பிங் லிஸ்ட்ல ஒண்ணு சேர்க்கணும்', 'லைட்டை அணைச்சுடு'], expect: { light: { on: false } }, given: { light: 'on' }, note: '"ஒண்ணு சேர்க்கணும்" = I need to add something; "அணைச்சுடு" = switch (it) off.' },
];

export default commands;
