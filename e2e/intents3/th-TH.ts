// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'เปิดไฟห้องนั่งเล่นหน่อย', intent: 'iot_hue_lighton' },
  { say: 'มืดจังเลยเปิดไฟให้หน่อย', intent: 'iot_hue_lighton', note: '"it\'s so dark, put the light on for me"' },
  { say: 'ปิดไฟในครัว', intent: 'iot_hue_lightoff' },
  { say: 'ปิดไฟห้องนอนทั้งหมดเลย', intent: 'iot_hue_lightoff' },
  { say: 'หรี่ไฟห้องนั่งเล่นลงหน่อย', intent: 'iot_hue_lightdim' },
  { say: 'เพิ่มความสว่างไฟห้องทำงานหน่อย', intent: 'iot_hue_lightup' },
  { say: 'เปลี่ยนสีไฟห้องนอนเป็นสีชมพู', intent: 'iot_hue_lightchange' },
  { say: 'ให้หุ่นยนต์ดูดฝุ่นทำความสะอาดห้องนั่งเล่น', intent: 'iot_cleaning' },
  { say: 'ใช้เครื่องชงกาแฟทำกาแฟให้แก้วนึง', intent: 'iot_coffee' },
  { say: 'เปิดสมาร์ทปลั๊กพัดลม', intent: 'iot_wemo_on' },
  { say: 'ปิดปลั๊กอัจฉริยะของหม้อหุงข้าว', intent: 'iot_wemo_off', note: '"turn off the rice cooker smart plug"' },
  { say: 'ตั้งนาฬิกาปลุกพรุ่งนี้ตีห้าครึ่ง', intent: 'alarm_set', note: '"set an alarm for 5:30 am tomorrow"' },
  { say: 'ตั้งเวลาถอยหลังสิบนาที', intent: 'alarm_set', note: '"set a 10 minute countdown timer"' },
  { say: 'พรุ่งนี้ตั้งนาฬิกาปลุกไว้กี่โมง', intent: 'alarm_query' },
  { say: 'ลบนาฬิกาปลุกตอนเจ็ดโมงเช้า', intent: 'alarm_remove' },
  { say: 'เพิ่มเสียงอีกหน่อย', intent: 'audio_volume_up' },
  { say: 'ลดเสียงลงหน่อย', intent: 'audio_volume_down' },
  { say: 'ปิดเสียง', intent: 'audio_volume_mute' },
  { say: 'เปิดเพลงของบอดี้สแลม', intent: 'play_music' },
  { say: 'เปิดวิทยุคลื่นลูกทุ่งหน่อย', intent: 'play_radio', note: '"put on a luk thung radio station"' },
  { say: 'พรุ่งนี้เชียงใหม่ฝนตกไหม', intent: 'weather_query' },
  { say: 'ตอนนี้กี่โมงแล้ว', intent: 'datetime_query' },
  { say: 'เพิ่มไข่กับน้ำปลาในรายการซื้อของ', intent: 'lists_createoradd' },
  { say: 'ลงนัดหมอฟันในปฏิทินวันพฤหัสบ่ายสองโมง', intent: 'calendar_set' },
];

export default cases;
