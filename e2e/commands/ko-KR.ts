/** ko-KR: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // 알람
  { skill: 'alarm', say: '아침 6시 15분에 깨워 줘', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: '내일 아침 7시 반에 알람 맞춰 줘', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: '오후 6시 30분 알람', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: '새벽 6시 15분 전에 깨워 줘', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: '밤 열 시 십오 분에 알람 설정해 줘', expect: { alarm: '22:15' } },
  // 타이머
  { skill: 'timer', say: '타이머 25분', expect: { timer: 1500 } },
  { skill: 'timer', say: '10분 타이머 맞춰 줘', expect: { timer: 600 } },
  { skill: 'timer', say: '한 시간 반 타이머 설정해 줘', expect: { timer: 5400 } },
  // 목록
  { skill: 'list', say: '쇼핑 목록에 우유 추가해 줘', expect: { listItems: ['우유'] } },
  { skill: 'list', say: '장보기 목록에 사과랑 배 넣어 줘', expect: { listItems: ['사과', '배'] } },
  { skill: 'list', say: '목록에 계란하고 버터 추가', expect: { listItems: ['계란', '버터'] } },
  // 캘린더
  { skill: 'calendar', say: '목요일 오후 4시 반에 치과 일정 추가해 줘', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: '치과', notInTitle: ['목요일', '시', '오후'] } } },
  { skill: 'calendar', say: '내일 오전 10시에 안나랑 회의 잡아 줘', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: '회의', notInTitle: ['내일', '오전', '시에'] } } },
  { skill: 'calendar', say: '금요일 12시 반에 톰이랑 점심 캘린더에 넣어 줘', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: '점심', notInTitle: ['금요일', '시 반', '캘린더'] } } },
  // 조명
  { skill: 'light', say: '불 켜 줘', expect: { light: { on: true } } },
  { skill: 'light', say: '불 꺼', expect: { light: { on: false } } },
  { skill: 'light', say: '조명 좀 어둡게 해 줘', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: '조명 더 밝게', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: '조명 초록색으로 바꿔 줘', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: '불빛 파란색으로 해 줘', expect: { light: { on: true, colour: 'blue' } } },
  // 볼륨
  { skill: 'volume', say: '소리 키워 줘', expect: { volume: 'up' } },
  { skill: 'volume', say: '볼륨 좀 줄여', expect: { volume: 'down' } },
  { skill: 'volume', say: '볼륨 30으로 해 줘', expect: { volume: 30 } },
  // 음악
  { skill: 'media', say: '음악 틀어 줘', expect: { playing: true } },
  { skill: 'media', say: '음악 일시 정지', expect: { playing: false } },
  // 계산
  { skill: 'math', say: '7 곱하기 7은 뭐야', expect: { math: '49' } },
  { skill: 'math', say: '십오 더하기 이십칠은', expect: { math: '42' } },
  // 시간과 날짜
  { skill: 'datetime', say: '지금 몇 시야', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: '오늘 며칠이야', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // 대화
  { skill: 'followup', say: ['알람 맞춰 줘', '아침 7시'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['타이머 설정해 줘', '5분'], expect: { timer: 300 } },
  { skill: 'followup', say: ['쇼핑 목록에 추가해 줘', '불 꺼 줘'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
