// Twenty-first held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** mn-MN: twenty-first held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'нөгөөдөр өглөө долоон цаг хагаст сэрүүлэг тавь', expect: { alarm: { time: '07:30', day: '2026-11-26' } }, note: '"нөгөөдөр" is the day after tomorrow (Thu 26 Nov); "долоон цаг хагас" is half past seven.' },
  { skill: 'alarm', say: 'шөнийн арван нэгэн цагт сэрүүлэг тавиарай', expect: { alarm: '23:00' }, note: '"шөнийн арван нэгэн цаг" is eleven at night.' },
  { skill: 'timer', say: 'таймер хоёр минут гучин секунд тавь', expect: { timer: 150 } },
  { skill: 'timer', say: 'хагас цагийн таймер тавиач', expect: { timer: 1800 }, note: '"хагас цаг" is half an hour.' },
  { skill: 'list', say: 'худалдан авах жагсаалтад ариун цэврийн цаас нэм', expect: { listItems: ['ариун цэврийн цаас'] }, note: '"ариун цэврийн цаас" is toilet paper, one item.' },
  { skill: 'calendar', say: 'маргааш орой долоон цагт болдтой оройн хоол хуанлид нэм', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'хоол', notInTitle: ['маргааш', 'долоон', 'цагт'] } }, note: '"орой" (evening) is inside the title word "оройн хоол" (dinner), so it is not in notInTitle.' },
  { skill: 'light', say: 'гэрлээ 30 хувь хүртэл бүдгэрүүл', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'гэрлээ жаахан гэрэлтүүлээч', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'дууг хорь болго', expect: { volume: 20 } },
  { skill: 'media', say: 'хөгжим тоглуул', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'зуун тавины хорин хувь хэд вэ', expect: { math: '30' } },
  { skill: 'followup', say: ['сэрүүлэг тавь', 'өглөө зургаан цаг арван таван минутад'], expect: { alarm: '06:15' } },
];

export default commands;
