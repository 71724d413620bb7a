// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'гал тогооны гэрлийг асаа', intent: 'iot_hue_lighton', note: '"turn on the kitchen light"' },
  { say: 'энд хэтэрхий харанхуй байна чийдэнгээ асаа', intent: 'iot_hue_lighton', note: '"it is too dark here, turn on the lamp"' },
  { say: 'унтлагын өрөөний гэрлийг унтраа', intent: 'iot_hue_lightoff', note: '"turn off the bedroom light"' },
  { say: 'зочны өрөөний бүх гэрлийг унтраа', intent: 'iot_hue_lightoff', note: '"turn off all the lights in the living room"' },
  { say: 'коридорын гэрлийг бага зэрэг бүдгэрүүл', intent: 'iot_hue_lightdim', note: '"dim the hallway light a little"' },
  { say: 'угаалгын өрөөний гэрлийг илүү тод болго', intent: 'iot_hue_lightup', note: '"make the bathroom light brighter"' },
  { say: 'унтлагын өрөөний гэрлийн өнгийг улаан болго', intent: 'iot_hue_lightchange', note: '"make the bedroom light colour red"' },
  { say: 'робот тоос сорогчоор зочны өрөөг цэвэрлүүл', intent: 'iot_cleaning', note: '"have the living room cleaned with the robot vacuum"' },
  { say: 'надад нэг кофе хийж өгөөч', intent: 'iot_coffee', note: '"make me a coffee please"' },
  { say: 'сэнсний залгуурыг асаа', intent: 'iot_wemo_on', note: '"turn on the fan plug"' },
  { say: 'зурагтын ухаалаг залгуурыг унтраа', intent: 'iot_wemo_off', note: '"turn off the TV smart plug"' },
  { say: 'маргааш өглөө долоон цагт сэрүүлэг тавь', intent: 'alarm_set', note: '"set an alarm for seven tomorrow morning"' },
  { say: 'арван таван минутын таймер тавь', intent: 'alarm_set', note: '"set a fifteen minute timer"' },
  { say: 'миний сэрүүлэг хэдэн цагт тавигдсан байгаа вэ', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'маргаашийн сэрүүлгийг устга', intent: 'alarm_remove', note: '"delete tomorrow’s alarm"' },
  { say: 'дууг нэмээч', intent: 'audio_volume_up', note: '"turn the volume up"' },
  { say: 'дууг жаахан багасга', intent: 'audio_volume_down', note: '"turn the volume down a bit"' },
  { say: 'дууг бүр хаа', intent: 'audio_volume_mute', note: '"turn the sound off completely (mute)"' },
  { say: 'хурд хамтлагийн дуу тавь', intent: 'play_music', note: '"play a song by the band Khurd"' },
  { say: 'монголын радиог тавиад өг', intent: 'play_radio', note: '"put on Mongolian Radio"' },
  { say: 'маргааш улаанбаатарт цаг агаар ямар байх вэ', intent: 'weather_query', note: '"what will the weather be like in Ulaanbaatar tomorrow"' },
  { say: 'одоо хэдэн цаг болж байна', intent: 'datetime_query', note: '"what time is it now"' },
  { say: 'дэлгүүрийн жагсаалтад сүү талх нэм', intent: 'lists_createoradd', note: '"add milk and bread to the shopping list"' },
  { say: 'пүрэв гаригт гурван цагт уулзалт байгааг хуанлид тэмдэглэ', intent: 'calendar_set', note: '"note in the calendar that there is a meeting on Thursday at three"' },
];

export default cases;
