// Twelfth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** mn-MN: twelfth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'өглөө зургаан цаг хорин таван минутад сэрүүлэг тавиарай', expect: { alarm: '06:25' } },
  { skill: 'alarm', say: 'даваа гарагт долоон цаг хагаст сэрүүлэг тавиарай', expect: { alarm: { time: '07:30', day: '2026-11-30' } }, note: 'даваа = Monday; долоон цаг хагас = seven and a half = 07:30' },
  { skill: 'timer', say: 'нэг цаг арван минутын таймер тавь', expect: { timer: 4200 } },
  { skill: 'timer', say: 'дөчин секундын таймер тавиарай', expect: { timer: 40 } },
  { skill: 'list', say: 'дэлгүүрийн жагсаалтад сүү талх болон өндөг нэмээрэй', expect: { listItems: ['сүү', 'талх', 'өндөг'] }, note: 'болон = and' },
  { skill: 'calendar', say: 'хуанлид маргааш арван хоёр цаг гучин минутад батаатай үдийн хоол нэмээрэй', expect: { event: { day: '2026-11-25', time: '12:30', titleIncludes: 'бат', notInTitle: ['маргааш', 'гучин', 'арван'] } }, note: 'батаатай = with Bat; үдийн хоол = lunch' },
  { skill: 'light', say: 'гэрлээ унтраа', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'гэрлийг жаахан бүдэг болгоорой', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'дууны хэмжээг 15 болгоорой', expect: { volume: 15 } },
  { skill: 'media', say: 'хөгжмөө цааш нь тоглуулаарай', expect: { playing: true }, given: { playing: false }, note: 'play the music on (resume)' },
  { skill: 'math', say: 'есийг наймаар үржүүлбэл хэд вэ', expect: { math: '72' }, note: 'nine multiplied by eight' },
  { skill: 'followup', say: ['дэлгүүрийн жагсаалтад нэг юм нэмээрэй', 'гэрлээ унтраа'], expect: { light: { on: false } }, given: { light: 'on' }, note: 'the second turn overtakes the pending what-to-add question' },
];

export default commands;
