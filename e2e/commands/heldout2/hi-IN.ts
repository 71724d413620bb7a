// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** hi-IN: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'कल सुबह सात बजे मुझे जगा देना', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'सुबह पौने सात बजे का अलार्म लगा दो', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'दस मिनट का टाइमर सेट करो', expect: { timer: 600 } },
  { skill: 'list', say: 'मेरी शॉपिंग लिस्ट में टमाटर और प्याज़ जोड़ दो', expect: { listItems: ['टमाटर', 'प्याज़'] } },
  { skill: 'calendar', say: 'शुक्रवार दोपहर दो बजे मीटिंग का इवेंट बना दो', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'मीटिंग', notInTitle: ['शुक्रवार', 'दोपहर'] } } },
  { skill: 'light', say: 'लाइट बंद कर दो', expect: { light: { on: false } } },
  { skill: 'light', say: 'लाइट को हरा कर दो', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'वॉल्यूम थोड़ा कम कर दो', expect: { volume: 'down' } },
  { skill: 'media', say: 'म्यूज़िक बंद करो', expect: { playing: false } },
  { skill: 'math', say: 'पंद्रह गुणा चार कितना होता है', expect: { math: '60' } },
  { skill: 'datetime', say: 'अभी कितने बजे हैं', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['एक टाइमर लगाओ', 'पंद्रह मिनट'], expect: { timer: 900 } },
];
export default commands;
