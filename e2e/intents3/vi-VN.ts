// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'bật đèn phòng khách lên', intent: 'iot_hue_lighton' },
  { say: 'trong phòng tối quá bật đèn lên đi', intent: 'iot_hue_lighton', note: '"it\'s too dark in the room, turn the light on"' },
  { say: 'tắt đèn nhà bếp đi', intent: 'iot_hue_lightoff' },
  { say: 'tắt hết đèn phòng ngủ', intent: 'iot_hue_lightoff' },
  { say: 'giảm độ sáng đèn phòng khách xuống chút', intent: 'iot_hue_lightdim' },
  { say: 'cho đèn phòng làm việc sáng hơn', intent: 'iot_hue_lightup' },
  { say: 'đổi đèn phòng ngủ sang màu vàng ấm', intent: 'iot_hue_lightchange' },
  { say: 'cho robot hút bụi dọn phòng khách', intent: 'iot_cleaning' },
  { say: 'pha cho tôi một ly cà phê bằng máy pha cà phê', intent: 'iot_coffee' },
  { say: 'bật ổ cắm thông minh của cái quạt', intent: 'iot_wemo_on' },
  { say: 'tắt ổ cắm thông minh của bình nóng lạnh', intent: 'iot_wemo_off', note: '"turn off the water heater\'s smart plug"' },
  { say: 'đặt báo thức 6 giờ sáng mai', intent: 'alarm_set' },
  { say: 'hẹn giờ mười lăm phút', intent: 'alarm_set', note: '"set a fifteen minute timer"' },
  { say: 'tôi có những báo thức nào', intent: 'alarm_query' },
  { say: 'xóa báo thức bảy giờ', intent: 'alarm_remove' },
  { say: 'tăng âm lượng lên', intent: 'audio_volume_up' },
  { say: 'vặn nhỏ tiếng xuống chút', intent: 'audio_volume_down' },
  { say: 'tắt tiếng đi', intent: 'audio_volume_mute' },
  { say: 'mở bài hát của đen vâu', intent: 'play_music' },
  { say: 'mở đài vov giao thông', intent: 'play_radio', note: '"put on the VOV traffic radio station"' },
  { say: 'ngày mai hà nội có mưa không', intent: 'weather_query' },
  { say: 'hôm nay là ngày mấy', intent: 'datetime_query' },
  { say: 'thêm nước mắm với trứng vào danh sách đi chợ', intent: 'lists_createoradd' },
  { say: 'thêm lịch họp chiều thứ năm lúc ba giờ vào lịch', intent: 'calendar_set', note: '"add a meeting Thursday at 3pm to the calendar"' },
];

export default cases;
