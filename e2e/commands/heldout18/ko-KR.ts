// Eighteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ko-KR: eighteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '다음 주 월요일 아침 6시 반에 깨워줘', expect: { alarm: { time: '06:30', day: '2026-11-30' } }, note: '"다음 주 월요일" is Monday of next week, 30 November.' },
  { skill: 'alarm', say: '저녁 아홉 시 반에 알람 맞춰줘', expect: { alarm: '21:30' } },
  { skill: 'timer', say: '타이머 4분 15초 맞춰줘', expect: { timer: 255 } },
  { skill: 'timer', say: '타이머 삼십 분 맞춰줘', expect: { timer: 1800 }, note: 'Korean rarely says "half an hour" for a timer; "삼십 분" (thirty minutes) in words is the natural phrase.' },
  { skill: 'list', say: '장보기 목록에 올리브 오일 추가해줘', expect: { listItems: ['올리브 오일'] } },
  { skill: 'calendar', say: '내일 저녁 7시에 민수랑 저녁 식사 일정 추가해줘', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: '민수', notInTitle: ['내일', '7시', '일곱'] } }, note: 'The title is "민수랑 저녁 식사" (dinner with Minsu), so "저녁" may stay in it.' },
  { skill: 'light', say: '조명 밝기 40퍼센트로 낮춰줘', expect: { light: { brightness: 40 } }, given: { light: 'on' } },
  { skill: 'light', say: '불 좀 더 밝게 해줘', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: '볼륨 삼십으로 맞춰줘', expect: { volume: 30 } },
  { skill: 'media', say: '음악 좀 틀어줘', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: '삼백 나누기 십이는 얼마야', expect: { math: '25' } },
  { skill: 'followup', say: ['알람 맞춰줘', '아침 일곱 시 십오 분'], expect: { alarm: '07:15' } },
];

export default commands;
