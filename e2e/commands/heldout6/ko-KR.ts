// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** ko-KR: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '내일 아침 여섯 시 반에 좀 깨워 줄래', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: '저녁 일곱 시에 알람 좀 맞춰 줄래', expect: { alarm: '19:00' } },
  { skill: 'timer', say: '10분 타이머 좀 부탁해', expect: { timer: 600 } },
  { skill: 'list', say: '장보기 목록에 우유랑 계란 추가해 줘', expect: { listItems: ['우유', '계란'] } },
  {
    skill: 'calendar',
    say: '목요일 오후 네 시에 치과 일정 잡아 줘',
    expect: { event: { day: '2026-11-26', time: '16:00', titleIncludes: '치과', notInTitle: ['목요일', '오후', '네 시'] } },
  },
  { skill: 'light', say: '불 좀 꺼 줄래', expect: { light: { on: false } } },
  { skill: 'light', say: '조명을 노란색으로 바꿔 줘', expect: { light: { on: true, colour: 'yellow' } } },
  { skill: 'volume', say: '볼륨 30으로 맞춰 줘', expect: { volume: 30 } },
  { skill: 'media', say: '음악 다시 틀어 줘', expect: { playing: true } },
  { skill: 'math', say: '칠십이 나누기 팔은 얼마야', expect: { math: '9' } },
  { skill: 'datetime', say: '지금 몇 시인지 알려 줘', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['알람 맞춰 줘', '아침 일곱 시 사십 분'], expect: { alarm: '07:40' }, note: 'The assistant asks for the time; the second turn answers it.' },
];

export default commands;
