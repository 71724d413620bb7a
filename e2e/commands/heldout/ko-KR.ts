// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** ko-KR: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '내일 아침 여섯 시 반에 깨워 줘', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: '밤 열한 시에 알람 맞춰 줘', expect: { alarm: '23:00' } },
  { skill: 'timer', say: '타이머 십 분 맞춰 줘', expect: { timer: 600 } },
  { skill: 'list', say: '장보기 목록에 사과 추가해 줘', expect: { listItems: ['사과'] } },
  { skill: 'calendar', say: '토요일 오후 두 시에 친구 생일 파티 일정 추가해 줘', expect: { event: { day: '2026-11-28', time: '14:00', titleIncludes: '생일', notInTitle: ['토요일', '오후'] } } },
  { skill: 'light', say: '불 좀 켜 줄래', expect: { light: { on: true } } },
  { skill: 'light', say: '조명을 보라색으로 바꿔 줘', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: '소리 좀 줄여 줘', expect: { volume: 'down' } },
  { skill: 'media', say: '음악 멈춰', expect: { playing: false } },
  { skill: 'math', say: '팔 더하기 구는 뭐야', expect: { math: '17' } },
  { skill: 'datetime', say: '몇 시인지 알려 줘', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['타이머 맞춰 줘', '3분'], expect: { timer: 180 } },
];
export default commands;
