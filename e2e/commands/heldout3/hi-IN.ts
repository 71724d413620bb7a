// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** hi-IN: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'कल सुबह सवा छह बजे उठा देना', expect: { alarm: { time: '06:15', day: '2026-11-25' } }, note: 'सवा छह is a quarter past six' },
  { skill: 'alarm', say: 'रात साढ़े दस बजे का अलार्म सेट कर दो', expect: { alarm: '22:30' } },
  { skill: 'timer', say: 'आधे घंटे का टाइमर लगा दो', expect: { timer: 1800 } },
  { skill: 'list', say: 'शॉपिंग लिस्ट में आटा डाल दो', expect: { listItems: ['आटा'] } },
  { skill: 'calendar', say: 'परसों शाम 7 बजे पार्टी कैलेंडर में जोड़ दो', expect: { event: { day: '2026-11-26', time: '19:00', titleIncludes: 'पार्टी', notInTitle: ['परसों', 'शाम', 'कैलेंडर'] } }, note: 'परसों with a future request is the day after tomorrow' },
  { skill: 'light', say: 'बत्ती जला दो', expect: { light: { on: true } } },
  { skill: 'light', say: 'लाइट पीली कर दो', expect: { light: { on: true, colour: 'yellow' } } },
  { skill: 'volume', say: 'आवाज़ धीमी करो', expect: { volume: 'down' } },
  { skill: 'media', say: 'गाना थोड़ी देर रोक दो', expect: { playing: false } },
  { skill: 'math', say: 'सौ में से चालीस घटाओ तो कितना बचेगा', expect: { math: '60' } },
  { skill: 'datetime', say: 'टाइम क्या हो रहा है', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['टाइमर लगाना है', '7 मिनट'], expect: { timer: 420 } },
];
export default commands;
