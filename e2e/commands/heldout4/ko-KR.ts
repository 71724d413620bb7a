// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** ko-KR: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '내일 아침 6시 반에 깨워줘', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: '오후 네 시에 알람 맞춰 줘', expect: { alarm: '16:00' } },
  { skill: 'timer', say: '30초 타이머 맞춰줘', expect: { timer: 30 } },
  { skill: 'list', say: '장보기 목록에 두부 추가해 줘', expect: { listItems: ['두부'] } },
  { skill: 'calendar', say: '모레 저녁 7시에 동창회 일정 잡아줘', expect: { event: { day: '2026-11-26', time: '19:00', titleIncludes: '동창회', notInTitle: ['모레', '저녁', '시'] } } },
  { skill: 'light', say: '불 좀 꺼줘', expect: { light: { on: false } } },
  { skill: 'light', say: '조명 흰색으로 바꿔줘', expect: { light: { on: true, colour: 'white' } } },
  { skill: 'volume', say: '소리 좀 줄여줘', expect: { volume: 'down' } },
  { skill: 'media', say: '노래 틀어줘', expect: { playing: true } },
  { skill: 'math', say: '27 곱하기 3은 얼마야', expect: { math: '81' } },
  { skill: 'datetime', say: '오늘 무슨 요일이야', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['알람 맞춰줘', '7시 15분'], expect: { alarm: '07:15' } },
];
export default commands;
