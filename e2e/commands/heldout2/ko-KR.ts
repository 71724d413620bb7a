// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** ko-KR: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '내일 아침 일곱 시에 깨워 줘', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: '아침 6시 45분에 알람 맞춰 줘', expect: { alarm: '06:45' } },
  { skill: 'timer', say: '십 분 타이머 맞춰 줘', expect: { timer: 600 } },
  { skill: 'list', say: '장보기 목록에 토마토랑 양파 추가해 줘', expect: { listItems: ['토마토', '양파'] } },
  { skill: 'calendar', say: '금요일 오후 두 시에 회의 일정 잡아 줘', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: '회의', notInTitle: ['금요일', '오후'] } } },
  { skill: 'light', say: '불 꺼 줘', expect: { light: { on: false } } },
  { skill: 'light', say: '조명을 초록색으로 바꿔 줘', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: '볼륨 좀 낮춰 줘', expect: { volume: 'down' } },
  { skill: 'media', say: '음악 멈춰 줘', expect: { playing: false } },
  { skill: 'math', say: '십오 곱하기 사는 얼마야', expect: { math: '60' } },
  { skill: 'datetime', say: '몇 시야 지금', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['타이머 맞춰 줘', '십오 분'], expect: { timer: 900 } },
];
export default commands;
