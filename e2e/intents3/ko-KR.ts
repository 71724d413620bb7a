// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: '거실 불 켜 줘', intent: 'iot_hue_lighton' },
  { say: '너무 어두운데 방 불 좀 켜 줄래', intent: 'iot_hue_lighton', note: '"it\'s too dark, can you turn the room light on"' },
  { say: '부엌 불 꺼 줘', intent: 'iot_hue_lightoff' },
  { say: '안방 조명 다 꺼', intent: 'iot_hue_lightoff' },
  { say: '거실 조명 좀 어둡게 해 줘', intent: 'iot_hue_lightdim' },
  { say: '서재 불 좀 더 밝게 해 줘', intent: 'iot_hue_lightup' },
  { say: '침실 조명 파란색으로 바꿔 줘', intent: 'iot_hue_lightchange' },
  { say: '로봇 청소기로 거실 청소해 줘', intent: 'iot_cleaning' },
  { say: '커피 머신으로 아메리카노 한 잔 내려 줘', intent: 'iot_coffee' },
  { say: '선풍기 스마트 플러그 켜 줘', intent: 'iot_wemo_on' },
  { say: '전기장판 연결된 스마트 플러그 꺼 줘', intent: 'iot_wemo_off', note: '"turn off the smart plug the electric heating pad is on"' },
  { say: '내일 아침 6시 반에 알람 맞춰 줘', intent: 'alarm_set' },
  { say: '타이머 삼 분 맞춰 줘', intent: 'alarm_set' },
  { say: '내일 알람 몇 시로 돼 있어', intent: 'alarm_query' },
  { say: '7시 알람 삭제해 줘', intent: 'alarm_remove' },
  { say: '소리 좀 키워 줘', intent: 'audio_volume_up' },
  { say: '볼륨 좀 줄여 줘', intent: 'audio_volume_down' },
  { say: '음소거해 줘', intent: 'audio_volume_mute' },
  { say: '아이유 노래 틀어 줘', intent: 'play_music' },
  { say: '라디오에서 교통방송 틀어 줘', intent: 'play_radio', note: '"put the traffic broadcasting station on the radio"' },
  { say: '내일 서울 날씨 어때', intent: 'weather_query' },
  { say: '오늘 며칠이야', intent: 'datetime_query' },
  { say: '장보기 목록에 우유랑 계란 추가해 줘', intent: 'lists_createoradd' },
  { say: '금요일 오후 3시에 치과 예약 캘린더에 넣어 줘', intent: 'calendar_set' },
];

export default cases;
