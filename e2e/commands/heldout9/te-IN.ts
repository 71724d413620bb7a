// Ninth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** te-IN: ninth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'రేపు పొద్దున ఐదున్నరకి అలారం పెట్టు',
    expect: { alarm: { time: '05:30', day: '2026-11-25' } },
    note: '"repu" tomorrow, "podduna" in the morning; "aidunnara" is five and a half.',
  },
  { skill: 'alarm', say: 'సాయంత్రం ఆరు గంటలకి ఒక అలారం సెట్ చెయ్యి', expect: { alarm: '18:00' }, note: '"saayantram" is the evening: six in the evening.' },
  { skill: 'timer', say: 'నలభై నిమిషాలకి టైమర్ పెట్టు', expect: { timer: 2400 } },
  { skill: 'timer', say: '3 నిమిషాల టైమర్ పెట్టు', expect: { timer: 180 } },
  { skill: 'list', say: 'షాపింగ్ లిస్ట్ లో పాలు ఇంకా పెరుగు యాడ్ చెయ్యి', expect: { listItems: ['పాలు', 'పెరుగు'] }, note: 'Milk and curd; "inka" is the spoken "and".' },
  {
    skill: 'calendar',
    say: 'శనివారం మధ్యాహ్నం రెండు గంటలకి పిల్లల స్కూల్ మీటింగ్ క్యాలెండర్ లో పెట్టు',
    expect: { event: { day: '2026-11-28', time: '14:00', titleIncludes: 'స్కూల్', notInTitle: ['శనివారం', 'మధ్యాహ్నం', 'రెండు'] } },
    note: 'Saturday, "madhyaahnam rendu" is two in the afternoon: the children\'s school meeting.',
  },
  { skill: 'light', say: 'లైట్ వెయ్యి', expect: { light: { on: true } }, note: '"light veyyi" (put the light) is the everyday "switch the light on".' },
  { skill: 'light', say: 'లైట్ ని పసుపు రంగులోకి మార్చు', expect: { light: { on: true, colour: 'yellow' } } },
  { skill: 'volume', say: 'సౌండ్ కొంచెం పెంచు', expect: { volume: 'up' } },
  { skill: 'media', say: 'పాట ఆపెయ్', expect: { playing: false } },
  { skill: 'datetime', say: 'ఇప్పుడు టైం ఎంత', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['అలారం పెట్టు', 'ఉదయం ఏడు గంటలకి'],
    expect: { alarm: '07:00' },
    note: 'The assistant asks for the time; the answer is seven in the morning.',
  },
];

export default commands;
