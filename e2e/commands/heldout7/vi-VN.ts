// Seventh held-out set: written on 4 December 2026 by someone who had not read the code or the earlier sets' sentences (only the summaries in docs/commands.md); run it once, blind, do not tune on it.
/** vi-VN: seventh held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'mai gọi tôi dậy lúc sáu giờ sáng nhé',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
    note: '"mai" is tomorrow.',
  },
  {
    skill: 'alarm',
    say: 'đặt báo thức năm giờ rưỡi sáng nha',
    expect: { alarm: '05:30' },
    note: '"năm giờ rưỡi" is half past five.',
  },
  { skill: 'timer', say: 'đặt hẹn giờ mười lăm phút', expect: { timer: 900 } },
  { skill: 'timer', say: 'hẹn giờ 25 phút', expect: { timer: 1500 } },
  { skill: 'list', say: 'thêm trứng và sữa vào danh sách đi chợ', expect: { listItems: ['trứng', 'sữa'] } },
  {
    skill: 'calendar',
    say: 'thêm lịch họp vào thứ sáu lúc ba giờ chiều',
    expect: { event: { day: '2026-11-27', time: '15:00', titleIncludes: 'họp', notInTitle: ['thứ sáu', 'ba giờ', 'chiều'] } },
    note: '"thứ sáu" is Friday (2026-11-27); "ba giờ chiều" is three in the afternoon.',
  },
  { skill: 'light', say: 'bật đèn phòng khách lên giùm mình', expect: { light: { on: true } } },
  {
    skill: 'light',
    say: 'đổi đèn sang màu xanh lá cây',
    expect: { light: { on: true, colour: 'green' } },
    note: '"xanh lá cây" is leaf green (bare "xanh" could be blue).',
  },
  { skill: 'volume', say: 'vặn to lên chút đi', expect: { volume: 'up' } },
  { skill: 'media', say: 'dừng nhạc lại đi', expect: { playing: false } },
  { skill: 'datetime', say: 'mấy giờ rồi', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['đặt cho tôi một cái báo thức', 'bảy giờ mười lăm sáng'],
    expect: { alarm: '07:15' },
    note: 'The assistant asks for the time; the second turn answers it (seven fifteen in the morning).',
  },
];

export default commands;
