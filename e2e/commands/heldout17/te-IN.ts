// Seventeenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** te-IN: seventeenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'వచ్చే సోమవారం పొద్దున ఏడున్నరకి అలారం పెట్టు', expect: { alarm: { time: '07:30', day: '2026-11-30' } }, note: '"వచ్చే సోమవారం" is next Monday (2026-11-30); "పొద్దున ఏడున్నర" is half past seven in the morning.' },
  { skill: 'alarm', say: 'రాత్రి పదకొండు గంటలకి అలారం పెట్టు', expect: { alarm: '23:00' }, note: '"రాత్రి పదకొండు" is 11 at night.' },
  { skill: 'timer', say: 'మూడు నిమిషాల నలభై సెకన్లకి టైమర్ పెట్టు', expect: { timer: 220 }, note: '3 min 40 s = 220 s.' },
  { skill: 'timer', say: 'అరగంట టైమర్ పెట్టు', expect: { timer: 1800 }, note: '"అరగంట" is half an hour.' },
  { skill: 'list', say: 'షాపింగ్ లిస్ట్ లో టమాటా సాస్ యాడ్ చెయ్యి', expect: { listItems: ['టమాటా సాస్'] }, note: 'One item, tomato sauce.' },
  { skill: 'calendar', say: 'రేపు సాయంత్రం ఆరు గంటలకి రవితో మీటింగ్ క్యాలెండర్ లో పెట్టు', expect: { event: { day: '2026-11-25', time: '18:00', titleIncludes: 'రవి', notInTitle: ['రేపు', 'సాయంత్రం', 'ఆరు', 'గంట'] } }, note: '"రేపు సాయంత్రం ఆరు గంటలకి" is tomorrow at 6 in the evening; the title is a meeting with Ravi.' },
  { skill: 'light', say: 'లైట్ ని ఇరవై ఐదు శాతానికి తగ్గించు', expect: { light: { brightness: 25 } }, given: { light: 'on' } },
  { skill: 'light', say: 'లైట్ ఇంకొంచెం పెంచు', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' }, note: '"Raise the light a bit more."' },
  { skill: 'volume', say: 'వాల్యూమ్ నలభై పెట్టు', expect: { volume: 40 } },
  { skill: 'media', say: 'ఏదైనా మ్యూజిక్ ప్లే చెయ్యి', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'నూట యాభైలో ఇరవై శాతం ఎంత', expect: { math: '30' }, note: '20 percent of 150 = 30.' },
  { skill: 'followup', say: ['అలారం పెట్టు', 'పొద్దున ఆరుంపావుకి'], expect: { alarm: '06:15' }, note: '"ఆరుంపావు" is six and a quarter (ఆరు + పావు), in the morning ("పొద్దున"): 06:15.' },
];

export default commands;
