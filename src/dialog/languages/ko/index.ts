/**
 * Korean. Written with spaces between words, but particles are glued to them (아침에,
 * 내일은, 목록에), so phrases match at word starts. Numbers: see numbers.ts.
 */
import { before, H, itemPattern as p, n } from '../shared.ts';
import type { LanguagePack } from '../types.ts';
import { digitizeKorean } from './numbers.ts';
import { KNOWN_ITEMS } from '../items/ko.ts';

/** Hangul syllables without a final consonant: 와 and 랑 follow them, 과 and 이랑 follow the others. */
const OPEN = Array.from({ length: 399 }, (_, i) => String.fromCharCode(0xac00 + i * 28)).join('');

export const ko: LanguagePack = {
  code: 'ko',
  unspaced: false,
  suffixed: true,
  // June and October drop a consonant: 유월 (not 육월), 시월 (not 십월).
  fold: (t) => t.replace(/유월/g, '6월').replace(/시월/g, '10월'),
  numbers: { digitize: digitizeKorean },
  clock: {
    am: ['오전', '아침', '새벽'],
    pm: ['오후', '저녁'],
    night: ['밤'],
    midday: ['낮', '점심'],
    noon: ['정오'],
    midnight: ['자정'],
    rules: [
      // 일곱 시 반 = 7:30; 여덟 시 십 분 전 = ten to eight (7:50).
      [new RegExp(`${H} ?시 ?반`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H} ?시 ?${H} ?분 ?전`), (m) => [before(n(m[1])), 60 - n(m[2])]],
      [new RegExp(`${H} ?시 ?${H}`), (m) => [n(m[1]), n(m[2])]],
      [new RegExp(`${H} ?시(?!간)`), (m) => [n(m[1]), 0]],
    ],
  },
  dates: {
    relative: { 오늘: 0, '오늘 밤': 0, 오늘밤: 0, 내일: 1, 모레: 2, 내일모레: 2, 글피: 3, 어제: -1, 그저께: -2, 그제: -2, 다음날: 1, '다음 날': 1 },
    weekdays: ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'],
    // Months are numbered (6월 1일), read by `monthDay`.
    months: [],
    next: ['다음', '담주'],
    inDays: /(?<!\d)(\d+) ?일 ?(?:후|뒤|있다가)/,
    monthDay: /(?:(\d{4}) ?년 ?)?(\d{1,2}) ?월 ?(\d{1,2}) ?일/,
    monthMark: /\d ?월/,
  },
  durations: {
    units: ['초', '분', '시간'],
    halves: [[/(?<![\d.])(\d+) ?분 ?반/, 60]],
    fixed: [[/(?:^|\s)반 ?시간/, 1800]],
    andHalf: /(?<![\d.])(\d+) ?시간 ?반/,
  },
  cues: {
    timerWords: ['타이머', '카운트다운'],
    alarmVerbs: { set: ['맞춰', '설정', '깨워', '만들'], remove: ['삭제', '지워', '취소', '꺼', '없애', '해제', '제거', '지우'] },
    alarmWords: ['알람'],
    wakeWords: ['깨워', '깨우'],
    // 시 after a number is o'clock; 시간 is hours.
    clockWords: /\d ?시(?!간)/,
    timerAfter: /^\s*(?:후|뒤|있다가|동안)/,
  },
  colours: {
    red: '빨간|빨강|붉은|적색|레드', orange: '주황|오렌지', yellow: '노란|노랑|황색|옐로', green: '초록|녹색|그린|연두', blue: '파란|파랑|청색|블루|하늘색',
    purple: '보라|자주|퍼플|라벤더', pink: '분홍|핑크', white: '흰|하얀|하양|백색|화이트', warm: '따뜻|따듯|웜', cool: '차가운|차갑|시원|쿨',
  },
  // Colour words take particles and 색 (초록색으로): substrings.
  colourMatch: 'substring',
  lists: {
    nameWords: [/(?<!\s)\s*(?:목록|리스트)(?:에서|에|을|를|은|는|의)?$/u],
    // Verb last: "쇼핑 목록에 사과 추가해 줘", "사과를 쇼핑 목록에 추가해 줘".
    add: [
      p('(?:목록|리스트)(?:에다가|에다|에)', ' (.+?)(?:을|를)? (?:추가|넣|적어|더해)', 'u'),
      p('^', '(.+?)(?:을|를)? (?:\\S+ )?\\S*(?:목록|리스트)(?:에다가|에다|에) (?:추가|넣|적어|더해)', 'u'),
    ],
    remove: [
      p('(?:목록|리스트)에서', ' (.+?)(?:을|를)? (?:삭제|빼|지워|제거)', 'u'),
      p('^', '(.+?)(?:을|를)? (?:\\S+ )?\\S*(?:목록|리스트)에서 (?:삭제|빼|지워|제거)', 'u'),
    ],
    placeholders: ['뭔가', '무언가', '항목', '아이템'],
    // "사과와 배", "귤과 배", "사과랑 배", "사과하고 배": the particle is glued to the first item.
    separators: new RegExp(`,|(?<=[${OPEN}])와\\s|(?<=[가-힣])(?<![${OPEN}])과\\s|(?<=[가-힣])(?<![${OPEN}])이랑\\s|(?<=[${OPEN}])랑\\s|(?<=\\S)하고\\s`, 'u'),
    knownItems: KNOWN_ITEMS,
    create: ['만들어', '생성', '새 목록', '새 리스트', '새로운'],
  },
  maths: {
    fromForms: [[/(?<![\d.])(\d+(?:\.\d+)?)\s*에서\s*(\d+(?:\.\d+)?)\s*(?:을|를)?\s*빼/, '$1 - $2']],
    ask: ['뭐야', '얼마야', '몇이야', '얼마', '몇', '계산해', '계산', '이야', '은', '는', '이', '야'],
    operators: [['더하기', '+'], ['플러스', '+'], ['빼기', '-'], ['마이너스', '-'], ['곱하기', '*'], ['나누기', '/']],
    brackets: [['괄호 열고', '('], ['괄호 열기', '('], ['여는 괄호', '('], ['괄호 닫고', ')'], ['괄호 닫기', ')'], ['닫는 괄호', ')']],
    percentAfter: ['퍼센트', '프로'],
    // "이백의 십 퍼센트": the base comes first.
    baseFirst: '의',
  },
  cancel: ['취소', '취소해', '취소해 ?줘', '취소해 ?주세요', '그만', '그만해', '됐어', '됐어요', '멈춰', '잊어버려'],
  dateQuestion: ['날짜', '며칠', '무슨 요일', '몇 월'],
  lightNouns: ['불', '조명', '전등', '라이트', '불빛', '스탠드', '램프'],
  lightOn: ['켜'],
  lightOff: ['꺼', '끄', '끈'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['몇 시', '몇시', '지금 시간', '현재 시간'],
  timeNowOnly: ['지금 몇 시', '지금 몇시', '지금 시간', '현재 시간'],
  brightness: { brighter: ['밝게', '더 밝'], dimmer: ['어둡게', '더 어둡'] },
  pause: ['일시 정지', '일시정지', '멈춰', '정지', '음악 꺼', '음악을 꺼', '노래 꺼', '그만 틀어'],
  resume: ['다시 재생', '계속', '재개'],
  volume: {
    louder: ['소리 키워', '소리를 키워', '소리 크게', '소리를 크게', '볼륨 키워', '볼륨을 키워', '볼륨 올려', '볼륨을 올려', '볼륨 높여', '볼륨을 높여', '볼륨 업', '음량 올려', '음량을 올려', '음량 높여', '음량을 높여', '소리 올려', '소리를 올려', '소리 높여', '소리를 높여'],
    quieter: ['소리 줄여', '소리를 줄여', '소리 작게', '소리를 작게', '볼륨 줄여', '볼륨을 줄여', '볼륨 내려', '볼륨을 내려', '볼륨 낮춰', '볼륨을 낮춰', '음량 줄여', '음량을 줄여', '음량 낮춰', '음량을 낮춰', '소리 낮춰', '소리를 낮춰'],
    mute: ['음소거', '소리 꺼', '소리를 꺼', '무음'],
    nouns: ['볼륨', '음량'],
    to: [],
    toAfter: ['으로', '로', '에', '퍼센트', '프로'],
    aBit: ['조금', '좀', '약간', '한 단계', '한 칸'],
  },
  media: { nouns: ['음악', '노래', '팟캐스트', '라디오'], next: ['다음 곡', '다음 노래', '다음 트랙', '건너뛰'] },
  thanks: ['고마워', '고맙', '감사'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    trail: '(?:(?:일정|약속|스케줄)\\s?)?(?:을|를)?\\s?(?:추가해|추가하다|추가|넣어|잡아|등록해|만들어|저장해)\\s?(?:줘|주세요|줄래)?',
    calendar: '(?:캘린더|달력|일정표)(?:에|에다)?',
    glue: ['에', '다음', '시', '반', '반에', '시에'],
  },
};
