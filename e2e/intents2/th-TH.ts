// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'เปิดไฟห้องนั่งเล่น', intent: 'iot_hue_lighton' },
  { say: 'มืดจัง เปิดไฟให้หน่อย', intent: 'iot_hue_lighton', note: '"so dark, turn the light on for me"' },
  { say: 'เปิดไฟในครัวด้วยนะ', intent: 'iot_hue_lighton' },
  { say: 'ช่วยเปิดโคมไฟข้างเตียงให้หน่อยได้ไหม', intent: 'iot_hue_lighton', note: 'bedside lamp' },
  { say: 'ปิดไฟทั้งหมด', intent: 'iot_hue_lightoff' },
  { say: 'ปิดไฟห้องน้ำให้หน่อย', intent: 'iot_hue_lightoff' },
  { say: 'จะนอนแล้ว ปิดไฟห้องนอนที', intent: 'iot_hue_lightoff' },
  { say: 'หรี่ไฟลงหน่อย', intent: 'iot_hue_lightdim' },
  { say: 'ลดความสว่างไฟห้องนั่งเล่นเหลือ 20 เปอร์เซ็นต์', intent: 'iot_hue_lightdim' },
  { say: 'เพิ่มความสว่างไฟอีกนิด', intent: 'iot_hue_lightup' },
  { say: 'ไฟห้องทำงานสลัวไป ปรับให้สว่างขึ้นหน่อย', intent: 'iot_hue_lightup', note: '"the study light is too dim, make it brighter"' },
  { say: 'เปลี่ยนไฟเป็นสีฟ้า', intent: 'iot_hue_lightchange' },
  { say: 'ขอไฟห้องนอนเป็นสีแดงได้ไหม', intent: 'iot_hue_lightchange' },
  { say: 'ตั้งเวลา 15 นาที กำลังพอกหน้าอยู่', intent: 'alarm_set', note: 'timer 15 minutes, wearing a face mask' },
  { say: 'ตั้งไทเมอร์สามสิบนาทีให้ลูกอ่านหนังสือ', intent: 'alarm_set', note: '30 minute timer for the child to read' },
  { say: 'พรุ่งนี้ปลุกตอนหกโมงครึ่งนะ', intent: 'alarm_set', note: 'wake me at 6:30 tomorrow' },
  { say: 'เพิ่มน้ำปลากับข้าวสารในลิสต์ซื้อของ', intent: 'lists_createoradd', note: 'fish sauce and rice' },
  { say: 'เพิ่มไปรับพัสดุในรายการสิ่งที่ต้องทำ', intent: 'lists_createoradd', note: 'to-do: pick up a parcel' },
  { say: 'เปิดเสียงดังขึ้นอีกหน่อย', intent: 'audio_volume_up' },
  { say: 'เบาเสียงลงหน่อย ดังไป', intent: 'audio_volume_down' },
  { say: 'ปิดเสียงลำโพงไว้ก่อน', intent: 'audio_volume_mute' },
  { say: 'ลงปฏิทินให้หน่อย วันศุกร์บ่ายสามโมงนัดหมอฟัน', intent: 'calendar_set' },
  { say: 'พรุ่งนี้ฝนจะตกไหม', intent: 'weather_query' },
  { say: 'ตอนนี้กี่โมงแล้ว', intent: 'datetime_query' },
];

export default cases;
