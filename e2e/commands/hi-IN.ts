/** hi-IN: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // अलार्म
  { skill: 'alarm', say: 'मुझे सुबह 6 बजकर 15 मिनट पर जगा देना', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'कल सुबह साढ़े सात बजे का अलार्म लगा दो', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'शाम 6 30 का अलार्म लगाओ', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: 'सुबह पौने छह बजे उठा देना', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'रात सवा दस बजे का अलार्म लगाओ', expect: { alarm: '22:15' } },
  // टाइमर
  { skill: 'timer', say: '25 मिनट का टाइमर', expect: { timer: 1500 } },
  { skill: 'timer', say: 'दस मिनट का टाइमर लगा दो', expect: { timer: 600 } },
  { skill: 'timer', say: 'डेढ़ घंटे का टाइमर लगाओ', expect: { timer: 5400 } },
  // सूची
  { skill: 'list', say: 'शॉपिंग लिस्ट में दूध जोड़ दो', expect: { listItems: ['दूध'] } },
  { skill: 'list', say: 'मेरी शॉपिंग लिस्ट में सेब और नाशपाती डाल दो', expect: { listItems: ['सेब', 'नाशपाती'] } },
  { skill: 'list', say: 'लिस्ट में अंडे और मक्खन जोड़ो', expect: { listItems: ['अंडे', 'मक्खन'] } },
  // कैलेंडर
  { skill: 'calendar', say: 'गुरुवार शाम 4 30 बजे डेंटिस्ट का अपॉइंटमेंट जोड़ो', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'डेंटिस्ट', notInTitle: ['गुरुवार', 'शाम', 'बजे'] } } },
  { skill: 'calendar', say: 'कल सुबह दस बजे अन्ना के साथ मीटिंग रख दो', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'मीटिंग', notInTitle: ['कल', 'दस', 'बजे'] } } },
  { skill: 'calendar', say: 'शुक्रवार दोपहर साढ़े बारह बजे टॉम के साथ लंच कैलेंडर में डालो', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: 'लंच', notInTitle: ['शुक्रवार', 'साढ़े', 'बारह'] } } },
  // लाइट
  { skill: 'light', say: 'लाइट जला दो', expect: { light: { on: true } } },
  { skill: 'light', say: 'लाइट बंद करो', expect: { light: { on: false } } },
  { skill: 'light', say: 'लाइट थोड़ी धीमी करो', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'लाइट तेज़ करो', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'लाइट हरी कर दो', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'बत्ती नीली कर दो', expect: { light: { on: true, colour: 'blue' } } },
  // आवाज़
  { skill: 'volume', say: 'आवाज़ बढ़ाओ', expect: { volume: 'up' } },
  { skill: 'volume', say: 'आवाज़ थोड़ी कम करो', expect: { volume: 'down' } },
  { skill: 'volume', say: 'वॉल्यूम 30 पर कर दो', expect: { volume: 30 } },
  // संगीत
  { skill: 'media', say: 'गाना चलाओ', expect: { playing: true } },
  { skill: 'media', say: 'गाना रोक दो', expect: { playing: false } },
  // गणित
  { skill: 'math', say: '7 गुणा 7 कितना होता है', expect: { math: '49' } },
  { skill: 'math', say: 'पंद्रह प्लस सत्ताईस कितना होता है', expect: { math: '42' } },
  // समय और तारीख
  { skill: 'datetime', say: 'क्या टाइम हुआ है', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: 'आज कौन सी तारीख है', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // बातचीत
  { skill: 'followup', say: ['अलार्म लगा दो', 'सुबह 7 बजे'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['टाइमर लगा दो', 'पांच मिनट'], expect: { timer: 300 } },
  { skill: 'followup', say: ['शॉपिंग लिस्ट में कुछ जोड़ना है', 'लाइट बंद कर दो'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
