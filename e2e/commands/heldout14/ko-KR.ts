// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ko-KR: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '아침 여섯 시 사십오 분에 깨워줘', expect: { alarm: '06:45' } },
  { skill: 'alarm', say: '토요일 오전 아홉 시에 알람 맞춰줘', expect: { alarm: { time: '09:00', day: '2026-11-28' } } },
  { skill: 'timer', say: '타이머 15분 맞춰줘', expect: { timer: 900 } },
  { skill: 'timer', say: '타이머 한 시간 이십 분 맞춰줘', expect: { timer: 4800 } },
  { skill: 'list', say: '쇼핑 리스트에 우유랑 계란이랑 두부 넣어줘', expect: { listItems: ['우유', '계란', '두부'] }, note: 'Korean "and" (랑/이랑) is attached to the item.' },
  { skill: 'calendar', say: '캘린더에 내일 저녁 일곱 시 회식 추가해줘', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: '회식', notInTitle: ['내일', '저녁', '일곱 시'] } } },
  { skill: 'light', say: '불 꺼줘', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: '불 보라색으로 해줘', expect: { light: { colour: 'purple' } } },
  { skill: 'volume', say: '소리 좀 키워줘', expect: { volume: 'up' } },
  { skill: 'media', say: '음악 다시 틀어줘', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: '이십삼 더하기 십구는 얼마야', expect: { math: '42' } },
  { skill: 'followup', say: ['타이머 맞춰줘', '아니다 불 켜줘'], expect: { light: { on: true } }, given: { light: 'off' }, note: '"아니다" = never mind; the timer question is dropped.' },
];

export default commands;
