// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** ko-KR: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: '내일 아침 여섯 시 반에 깨워줄래', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: '저녁 여덟 시에 알람 맞춰줘', expect: { alarm: '20:00' } },
  { skill: 'timer', say: '40분 타이머 맞춰줘', expect: { timer: 2400 } },
  { skill: 'list', say: '장보기 목록에 두부 추가해줘', expect: { listItems: ['두부'] } },
  {
    skill: 'calendar',
    say: '모레 오후 세 시에 치과 예약 일정 잡아줘',
    expect: { event: { day: '2026-11-26', time: '15:00', titleIncludes: '치과', notInTitle: ['모레', '오후', '세 시'] } },
  },
  { skill: 'light', say: '방이 너무 어두워 불 좀 더 밝게 해줘', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: '조명 하얀색으로 바꿔줘', expect: { light: { on: true, colour: 'white' } } },
  { skill: 'volume', say: '볼륨 좀 낮춰줄래', expect: { volume: 'down' } },
  { skill: 'media', say: '노래 좀 틀어줘', expect: { playing: true } },
  { skill: 'math', say: '23 곱하기 3은 얼마야', expect: { math: '69' } },
  { skill: 'datetime', say: '오늘 날짜가 어떻게 돼', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  {
    skill: 'followup',
    say: ['알람 맞춰줘', '음악 잠깐 멈춰줘'],
    expect: { playing: false },
    note: 'The question for the alarm time is overtaken by a pause: the music stops, no alarm.',
  },
];

export default commands;
