// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** ko-KR: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '내일 새벽 다섯 시 사십 분에 깨워 줘', expect: { alarm: { time: '05:40', day: '2026-11-25' } } },
  { skill: 'alarm', say: '저녁 아홉 시 반에 알람 좀 맞춰 줄래', expect: { alarm: '21:30' } },
  { skill: 'timer', say: '타이머 40초만 맞춰 줘', expect: { timer: 40 } },
  { skill: 'list', say: '장보기 목록에 휴지랑 치약 넣어 줘', expect: { listItems: ['휴지', '치약'] } },
  { skill: 'calendar', say: '일요일 저녁 일곱 시에 가족 모임 일정 넣어 줘', expect: { event: { day: '2026-11-29', time: '19:00', titleIncludes: '모임', notInTitle: ['일요일', '저녁'] } } },
  { skill: 'light', say: '불 좀 밝게 해 줘', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: '조명 빨간색으로 해 줘', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: '볼륨 20으로 맞춰 줘', expect: { volume: 20 } },
  { skill: 'media', say: '노래 다시 틀어 줘', expect: { playing: true } },
  { skill: 'math', say: '백 빼기 이십삼은 얼마야', expect: { math: '77' } },
  { skill: 'datetime', say: '지금 몇 시쯤 됐어', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['알람 좀 맞춰 줘', '아침 여섯 시 십 분'], expect: { alarm: '06:10' } },
];
export default commands;
