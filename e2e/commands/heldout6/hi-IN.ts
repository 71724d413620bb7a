// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** hi-IN: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'कल सुबह छह बजे मुझे जगा देना', expect: { alarm: { time: '06:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'शाम साढ़े सात बजे का अलार्म लगा दो', expect: { alarm: '19:30' } },
  { skill: 'timer', say: 'मुझे दो मिनट का टाइमर चाहिए', expect: { timer: 120 } },
  { skill: 'list', say: 'शॉपिंग लिस्ट में आलू और टमाटर डाल दो', expect: { listItems: ['आलू', 'टमाटर'] } },
  {
    skill: 'calendar',
    say: 'शुक्रवार को दोपहर तीन बजे डॉक्टर की अपॉइंटमेंट कैलेंडर में डाल दो',
    expect: { event: { day: '2026-11-27', time: '15:00', titleIncludes: 'डॉक्टर', notInTitle: ['शुक्रवार', 'दोपहर', 'तीन'] } },
  },
  { skill: 'light', say: 'लाइट थोड़ी कम कर दो', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'लाइट का रंग नीला कर दो', expect: { light: { on: true, colour: 'blue' } } },
  { skill: 'volume', say: 'थोड़ा आवाज़ बढ़ा दो प्लीज़', expect: { volume: 'up' } },
  { skill: 'media', say: 'गाना अभी रोक दो', expect: { playing: false } },
  { skill: 'math', say: 'छप्पन माइनस अठारह कितना होता है', expect: { math: '38' } },
  { skill: 'datetime', say: 'आज तारीख क्या है', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  {
    skill: 'followup',
    say: ['एक अलार्म लगा दो', 'सुबह सात बजे'],
    expect: { alarm: '07:00' },
    note: 'The assistant asks for the time; the second turn answers it.',
  },
];

export default commands;
