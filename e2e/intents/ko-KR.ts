// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: '주방 불 켜줘', intent: 'iot_hue_lighton' },
  { say: '침실 스탠드 좀 켜 주실래요', intent: 'iot_hue_lighton' },
  { say: '너무 어두워 불 좀 켜', intent: 'iot_hue_lighton' },
  { say: '거실 조명 켜', intent: 'iot_hue_lighton' },
  { say: '화장실 불 꺼', intent: 'iot_hue_lightoff' },
  { say: '아래층 불 전부 꺼 줘', intent: 'iot_hue_lightoff' },
  { say: '복도 조명 좀 꺼 주세요', intent: 'iot_hue_lightoff' },
  { say: '거실 조명 좀 어둡게 해 줘', intent: 'iot_hue_lightdim' },
  { say: '침실 밝기를 20퍼센트로 낮춰', intent: 'iot_hue_lightdim' },
  { say: '여기 좀 더 밝게 해 줄래', intent: 'iot_hue_lightup' },
  { say: '주방 조명 밝기 올려 줘', intent: 'iot_hue_lightup' },
  { say: '거실 불을 파란색으로 바꿔 줘', intent: 'iot_hue_lightchange' },
  { say: '스탠드 색깔 빨간색으로 해 줘', intent: 'iot_hue_lightchange' },
  { say: '10분 타이머 맞춰 줘', intent: 'alarm_set' },
  { say: '피자 굽게 25분 타이머 시작해', intent: 'alarm_set' },
  { say: '내일 아침 6시 반에 깨워 줘', intent: 'alarm_set' },
  { say: '장보기 목록에 우유 추가해 줘', intent: 'lists_createoradd' },
  { say: '쇼핑 리스트에 계란이랑 빵 넣어 줘', intent: 'lists_createoradd' },
  { say: '볼륨 좀 올려', intent: 'audio_volume_up' },
  { say: '소리 좀 줄여 줘', intent: 'audio_volume_down' },
  { say: '스피커 음소거해', intent: 'audio_volume_mute' },
  { say: '금요일 오후 3시에 치과 예약 일정 추가해 줘', intent: 'calendar_set' },
  { say: '내일 비 와', intent: 'weather_query' },
  { say: '지금 몇 시야', intent: 'datetime_query' },
];

export default cases;
