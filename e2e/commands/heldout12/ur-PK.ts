// Twelfth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ur-PK: twelfth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'صبح پونے آٹھ بجے کا الارم لگا دو', expect: { alarm: '07:45' }, note: 'پونے آٹھ (paune aath) = quarter to eight' },
  { skill: 'alarm', say: 'اتوار کو صبح ساڑھے چھ بجے الارم لگا دینا', expect: { alarm: { time: '06:30', day: '2026-11-29' } }, note: 'اتوار = Sunday; ساڑھے چھ (saarhe chhe) = half past six' },
  { skill: 'timer', say: 'ایک گھنٹہ پچیس منٹ کا ٹائمر لگا دو', expect: { timer: 5100 } },
  { skill: 'timer', say: 'آدھے گھنٹے کا ٹائمر لگا دو', expect: { timer: 1800 } },
  { skill: 'list', say: 'شاپنگ لسٹ میں دودھ انڈے اور ڈبل روٹی ڈال دو', expect: { listItems: ['دودھ', 'انڈے', 'ڈبل روٹی'] }, note: 'ڈبل روٹی (double roti, bread) is one item' },
  { skill: 'calendar', say: 'کل ڈیڑھ بجے علی کے ساتھ لنچ کیلنڈر میں ڈال دو', expect: { event: { day: '2026-11-25', time: '13:30', titleIncludes: 'علی', notInTitle: ['کل', 'ڈیڑھ', 'بجے'] } }, note: 'کل = tomorrow here (future); ڈیڑھ بجے (derh baje) = 1:30, lunch so 13:30' },
  { skill: 'light', say: 'لائٹ بند کر دو', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'لائٹ تھوڑی کم کر دو', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'والیوم ستر پر کر دو', expect: { volume: 70 } },
  { skill: 'media', say: 'میوزک پھر سے چلا دو', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'ستائیس جمع پندرہ کتنے ہوتے ہیں', expect: { math: '42' }, note: 'جمع = plus' },
  { skill: 'followup', say: ['میری شاپنگ لسٹ میں کچھ ڈال دو', 'بتی بجھا دو'], expect: { light: { on: false } }, given: { light: 'on' }, note: 'the second turn overtakes the pending what-to-add question; بتی بجھا دو = put out the light' },
];

export default commands;
