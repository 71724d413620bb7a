// Thirteenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** te-IN: thirteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'పొద్దున ఆరు నలభై ఐదుకి అలారం పెట్టు', expect: { alarm: '06:45' }, note: '"పొద్దున" is in the morning; "ఆరు నలభై ఐదుకి" is at six forty-five.' },
  { skill: 'alarm', say: 'గురువారం పొద్దున ఎనిమిదిన్నరకి అలారం పెట్టు', expect: { alarm: { time: '08:30', day: '2026-11-26' } }, note: '"ఎనిమిదిన్నర" is eight and a half, 08:30; "గురువారం" is Thursday.' },
  { skill: 'timer', say: 'రెండు గంటల పది నిమిషాలకు టైమర్ పెట్టు', expect: { timer: 7800 } },
  { skill: 'timer', say: 'ముప్పై సెకన్ల టైమర్ పెట్టు', expect: { timer: 30 } },
  { skill: 'list', say: 'పాలు బియ్యం ఉల్లిపాయలు షాపింగ్ లిస్ట్ లో యాడ్ చెయ్యి', expect: { listItems: ['పాలు', 'బియ్యం', 'ఉల్లిపాయలు'] }, note: 'Milk, rice, onions: spoken as a bare list with no "and", as people do.' },
  { skill: 'calendar', say: 'రేపు మధ్యాహ్నం ఒకటిన్నరకి రవితో లంచ్ అని క్యాలెండర్ లో పెట్టు', expect: { event: { day: '2026-11-25', time: '13:30', titleIncludes: 'లంచ్', notInTitle: ['రేపు', 'మధ్యాహ్నం', 'ఒకటిన్నర'] } }, note: '"మధ్యాహ్నం ఒకటిన్నర" is half past one in the afternoon, 13:30; "రవితో లంచ్" is lunch with Ravi; "అని" is a quotative.' },
  { skill: 'light', say: 'లైట్ ఆఫ్ చెయ్యి', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'లైట్ కొంచెం డిమ్ చెయ్యి', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'వాల్యూమ్ నలభైకి పెట్టు', expect: { volume: 40 } },
  { skill: 'media', say: 'మ్యూజిక్ కంటిన్యూ చెయ్యి', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'పన్నెండు ఇంటూ ఏడు ఎంత', expect: { math: '84' }, note: '"ఇంటూ" is Indian English "into", meaning times.' },
  { skill: 'followup', say: ['నా షాపింగ్ లిస్ట్ లో ఏదో యాడ్ చెయ్యాలి', 'లైట్ ఆపేయ్'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
