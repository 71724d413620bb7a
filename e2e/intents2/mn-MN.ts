// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'гал тогооны гэрлийг асаа', intent: 'iot_hue_lighton' },
  { say: 'энд их харанхуй байна гэрэл асаагаад өгөөч', intent: 'iot_hue_lighton' },
  { say: 'унтлагын өрөөний гэрлийг асаана уу', intent: 'iot_hue_lighton' },
  { say: 'зочны өрөөний гэрэл асаачих', intent: 'iot_hue_lighton' },
  { say: 'гэрлээ унтраа', intent: 'iot_hue_lightoff' },
  { say: 'бүх гэрлийг унтраачих', intent: 'iot_hue_lightoff' },
  { say: 'унтах гэж байна өрөөний гэрлийг унтрааж өгөөч', intent: 'iot_hue_lightoff' },
  { say: 'гэрлийг арай бүдэг болго', intent: 'iot_hue_lightdim' },
  { say: 'зочны өрөөний гэрлийн тодролыг 20 хувь болгож багасга', intent: 'iot_hue_lightdim' },
  { say: 'гэрлийг илүү тод болго', intent: 'iot_hue_lightup' },
  { say: 'гал тогооны гэрлийн тодролыг нэмээч', intent: 'iot_hue_lightup' },
  { say: 'гэрлийн өнгийг цэнхэр болго', intent: 'iot_hue_lightchange' },
  { say: 'унтлагын өрөөний гэрлийг улаан өнгөтэй болгооч', intent: 'iot_hue_lightchange' },
  { say: 'арван таван минутын таймер тавь жаахан амарна', intent: 'alarm_set', note: 'timer for a short rest' },
  { say: 'өндөг чанаж байна 8 минутын таймер тавиарай', intent: 'alarm_set', note: 'boiling eggs' },
  { say: 'маргааш өглөө зургаан цаг хагаст сэрээгээрэй', intent: 'alarm_set' },
  { say: 'худалдан авах жагсаалтад сүү талх хоёрыг нэмээрэй', intent: 'lists_createoradd' },
  { say: 'хийх ажлын жагсаалтад цахилгааны төлбөр төлөх гэж бичээрэй', intent: 'lists_createoradd' },
  { say: 'дууг чангалаач', intent: 'audio_volume_up' },
  { say: 'дууг жаахан багасга', intent: 'audio_volume_down' },
  { say: 'чанга яригчийг дуугүй болго', intent: 'audio_volume_mute' },
  { say: 'баасан гарагт өдрийн гурван цагт эмчид үзүүлэхийг хуанлид тэмдэглэ', intent: 'calendar_set' },
  { say: 'маргааш цаг агаар ямар байх вэ', intent: 'weather_query' },
  { say: 'одоо хэдэн цаг болж байна', intent: 'datetime_query' },
];

export default cases;
