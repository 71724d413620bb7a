// Ninth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ur-PK: ninth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'کل صبح چھ بجے مجھے اٹھا دینا',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
    note: '"kal" is both yesterday and tomorrow; with a request it is tomorrow. "subah" is the morning; "utha dena" is wake me.',
  },
  { skill: 'alarm', say: 'شام سات بجے کا الارم لگا دو', expect: { alarm: '19:00' }, note: '"shaam" is the evening: seven in the evening.' },
  { skill: 'timer', say: 'دس منٹ کا ٹائمر لگاؤ', expect: { timer: 600 } },
  { skill: 'timer', say: '25 منٹ کا ٹائمر لگا دو', expect: { timer: 1500 } },
  { skill: 'list', say: 'شاپنگ لسٹ میں دودھ اور چینی ڈال دو', expect: { listItems: ['دودھ', 'چینی'] }, note: 'Milk and sugar.' },
  {
    skill: 'calendar',
    say: 'جمعے کو سہ پہر تین بجے آفس کی میٹنگ کیلنڈر میں ڈال دو',
    expect: { event: { day: '2026-11-27', time: '15:00', titleIncludes: 'میٹنگ', notInTitle: ['جمعے', 'سہ پہر', 'تین'] } },
    note: 'Friday ("jumay"), "seh pehar" is the afternoon: three in the afternoon, an office meeting.',
  },
  { skill: 'light', say: 'یار لائٹ جلا دو', expect: { light: { on: true } } },
  { skill: 'light', say: 'لائٹ گلابی کر دو', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'volume', say: 'آواز تھوڑی اونچی کرو', expect: { volume: 'up' } },
  { skill: 'media', say: 'گانا بند کر دو', expect: { playing: false } },
  { skill: 'datetime', say: 'کیا ٹائم ہوا ہے', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['الارم لگا دو', 'صبح پونے سات بجے'],
    expect: { alarm: '06:45' },
    note: 'The assistant asks for the time; "paune saat" is a quarter to seven, in the morning.',
  },
];

export default commands;
