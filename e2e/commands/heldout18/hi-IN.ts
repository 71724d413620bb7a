// Eighteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** hi-IN: eighteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'परसों सुबह छह बजे का अलार्म लगा दो', expect: { alarm: { time: '06:00', day: '2026-11-26' } }, note: '"परसों" is the day after tomorrow (Thursday 26 November); "सुबह छह बजे" is 06:00.' },
  { skill: 'alarm', say: 'रात को साढ़े दस बजे का अलार्म लगा दो', expect: { alarm: '22:30' }, note: '"रात को साढ़े दस" is half past ten at night.' },
  { skill: 'timer', say: 'दो मिनट तीस सेकंड का टाइमर लगाओ', expect: { timer: 150 } },
  { skill: 'timer', say: 'आधे घंटे का टाइमर लगा दो', expect: { timer: 1800 }, note: '"आधे घंटे" is half an hour.' },
  { skill: 'list', say: 'शॉपिंग लिस्ट में सरसों का तेल जोड़ दो', expect: { listItems: ['सरसों का तेल'] }, note: '"सरसों का तेल" (mustard oil) is one item of three words.' },
  { skill: 'calendar', say: 'कल शाम सात बजे राहुल के साथ डिनर कैलेंडर में डाल दो', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'राहुल', notInTitle: ['कल', 'शाम', 'सात', 'बजे'] } }, note: '"कल" is tomorrow here (future context); "शाम सात बजे" is 19:00.' },
  { skill: 'light', say: 'लाइट 30 परसेंट तक डिम कर दो', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'लाइट थोड़ी तेज़ कर दो', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'वॉल्यूम पैंतीस पर कर दो', expect: { volume: 35 }, note: '"पैंतीस" is 35.' },
  { skill: 'media', say: 'कुछ गाने चला दो', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: '200 का 15 परसेंट कितना होता है', expect: { math: '30' } },
  { skill: 'followup', say: ['अलार्म लगा दो', 'सुबह पौने सात बजे'], expect: { alarm: '06:45' }, note: '"पौने सात" is a quarter to seven: 06:45.' },
];

export default commands;
