// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'bật đèn bếp', intent: 'iot_hue_lighton' },
  { say: 'bạn bật giúp mình cái đèn ngủ trong phòng ngủ nhé', intent: 'iot_hue_lighton' },
  { say: 'tối quá bật đèn lên đi', intent: 'iot_hue_lighton' },
  { say: 'mở đèn phòng khách', intent: 'iot_hue_lighton' },
  { say: 'tắt đèn nhà tắm', intent: 'iot_hue_lightoff' },
  { say: 'tắt hết đèn ở tầng dưới', intent: 'iot_hue_lightoff' },
  { say: 'tắt giùm cái đèn hành lang', intent: 'iot_hue_lightoff' },
  { say: 'giảm độ sáng đèn phòng khách', intent: 'iot_hue_lightdim' },
  { say: 'chỉnh đèn phòng ngủ tối xuống còn 20 phần trăm', intent: 'iot_hue_lightdim' },
  { say: 'làm ơn cho trong này sáng hơn một chút', intent: 'iot_hue_lightup' },
  { say: 'tăng độ sáng đèn bếp', intent: 'iot_hue_lightup' },
  { say: 'đổi đèn phòng khách sang màu xanh dương', intent: 'iot_hue_lightchange' },
  { say: 'chuyển màu đèn ngủ thành màu đỏ', intent: 'iot_hue_lightchange' },
  { say: 'hẹn giờ 10 phút', intent: 'alarm_set' },
  { say: 'đặt bộ hẹn giờ 25 phút để nướng pizza', intent: 'alarm_set' },
  { say: 'đánh thức tôi lúc 6 giờ 30 sáng mai', intent: 'alarm_set' },
  { say: 'thêm sữa vào danh sách mua sắm', intent: 'lists_createoradd' },
  { say: 'ghi trứng với bánh mì vào danh sách đi chợ', intent: 'lists_createoradd' },
  { say: 'tăng âm lượng lên', intent: 'audio_volume_up' },
  { say: 'vặn nhỏ tiếng một chút', intent: 'audio_volume_down' },
  { say: 'tắt tiếng loa', intent: 'audio_volume_mute' },
  { say: 'thêm lịch hẹn nha sĩ vào lịch thứ sáu lúc 3 giờ chiều', intent: 'calendar_set' },
  { say: 'mai trời có mưa không', intent: 'weather_query' },
  { say: 'bây giờ là mấy giờ', intent: 'datetime_query' },
];

export default cases;
