// Eleventh held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** vi-VN: eleventh held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'đánh thức tôi lúc bảy giờ kém mười lăm sáng', expect: { alarm: '06:45' }, note: '"bảy giờ kém mười lăm" = seven less fifteen = 06:45.' },
  { skill: 'alarm', say: 'đặt báo thức sáu giờ rưỡi sáng thứ năm', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: '"thứ năm" is Thursday (literally "day five"), not a number; "rưỡi" = half past.' },
  { skill: 'timer', say: 'hẹn giờ hai tiếng mười phút', expect: { timer: 7800 }, note: '"tiếng" = hour (colloquial for giờ); 2 h 10 min.' },
  { skill: 'timer', say: 'đặt hẹn giờ nửa tiếng', expect: { timer: 1800 } },
  { skill: 'list', say: 'thêm sữa trứng và bánh mì vào danh sách mua sắm', expect: { listItems: ['sữa', 'trứng', 'bánh mì'] }, note: '"bánh mì" (bread) is one item of two syllables.' },
  { skill: 'calendar', say: 'tạo lịch ăn trưa với anh minh lúc mười hai giờ mười lăm ngày mai', expect: { event: { day: '2026-11-25', time: '12:15', titleIncludes: 'minh', notInTitle: ['ngày mai', 'mười', 'giờ'] } } },
  { skill: 'light', say: 'tắt đèn đi', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'giảm độ sáng đèn một chút', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'để âm lượng ở mức 30', expect: { volume: 30 } },
  { skill: 'media', say: 'phát nhạc tiếp đi', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'mười lăm cộng hai mươi bảy bằng bao nhiêu', expect: { math: '42' } },
  { skill: 'followup', say: ['thêm đồ vào danh sách mua sắm', 'thôi tắt đèn đi'], expect: { light: { on: false } }, given: { light: 'on' }, note: '"thôi" = never mind / rather; the second turn drops the list question.' },
];

export default commands;
