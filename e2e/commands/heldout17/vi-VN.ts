// Seventeenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** vi-VN: seventeenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'đặt báo thức thứ hai tuần sau lúc sáu giờ rưỡi sáng', expect: { alarm: { time: '06:30', day: '2026-11-30' } }, note: '"thứ hai tuần sau" is Monday of next week, 2026-11-30.' },
  { skill: 'alarm', say: 'đặt báo thức lúc 11 giờ đêm', expect: { alarm: '23:00' }, note: '"11 giờ đêm" is 11 at night.' },
  { skill: 'timer', say: 'hẹn giờ một phút ba mươi giây', expect: { timer: 90 } },
  { skill: 'timer', say: 'hẹn giờ nửa tiếng', expect: { timer: 1800 }, note: '"nửa tiếng" is half an hour.' },
  { skill: 'list', say: 'thêm nước mắm vào danh sách mua sắm', expect: { listItems: ['nước mắm'] }, note: 'One item, fish sauce.' },
  { skill: 'calendar', say: 'thêm lịch xem phim với lan lúc bảy giờ tối mai', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'lan', notInTitle: ['mai', 'bảy', 'giờ', 'tối'] } }, note: '"bảy giờ tối mai" is 7 pm tomorrow; the title is watching a film with Lan.' },
  { skill: 'light', say: 'chỉnh đèn còn bốn mươi phần trăm', expect: { light: { brightness: 40 } }, given: { light: 'on' } },
  { skill: 'light', say: 'cho đèn sáng thêm chút đi', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'để âm lượng mức hai mươi', expect: { volume: 20 } },
  { skill: 'media', say: 'bật nhạc lên đi', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'một trăm tám mươi chia cho sáu bằng mấy', expect: { math: '30' }, note: '180 divided by 6 = 30.' },
  { skill: 'followup', say: ['đặt báo thức', 'sáu giờ mười lăm sáng'], expect: { alarm: '06:15' } },
];

export default commands;
