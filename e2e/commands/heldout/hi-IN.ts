// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** hi-IN: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'कल सुबह साढ़े पांच बजे जगा देना', expect: { alarm: { time: '05:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'रात नौ बजे का अलार्म लगाओ', expect: { alarm: '21:00' } },
  { skill: 'timer', say: 'दो मिनट का टाइमर लगा दो', expect: { timer: 120 } },
  { skill: 'list', say: 'शॉपिंग लिस्ट में चाय जोड़ दो', expect: { listItems: ['चाय'] } },
  { skill: 'calendar', say: 'शुक्रवार को शाम छह बजे मीटिंग कैलेंडर में डाल दो', expect: { event: { day: '2026-11-27', time: '18:00', titleIncludes: 'मीटिंग', notInTitle: ['शुक्रवार', 'शाम', 'कैलेंडर'] } } },
  { skill: 'light', say: 'बत्ती बुझा दो', expect: { light: { on: false } } },
  { skill: 'light', say: 'लाइट लाल कर दो', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'आवाज़ थोड़ी बढ़ाओ', expect: { volume: 'up' } },
  { skill: 'media', say: 'कोई गाना बजाओ', expect: { playing: true } },
  { skill: 'math', say: 'बीस गुणा तीन कितना होता है', expect: { math: '60' } },
  { skill: 'datetime', say: 'आज की तारीख क्या है', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['अलार्म लगाओ', 'सुबह छह बजकर पैंतालीस मिनट'], expect: { alarm: '06:45' } },
];
export default commands;
