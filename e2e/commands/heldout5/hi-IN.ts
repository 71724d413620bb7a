// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** hi-IN: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'कल सुबह साढ़े पांच बजे उठा देना', expect: { alarm: { time: '05:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'शाम को सात बजे का अलार्म सेट कर दो', expect: { alarm: '19:00' } },
  { skill: 'timer', say: 'दस मिनट का टाइमर लगाओ', expect: { timer: 600 } },
  { skill: 'list', say: 'शॉपिंग लिस्ट में आलू और प्याज डाल दो', expect: { listItems: ['आलू', 'प्याज'] } },
  {
    skill: 'calendar',
    say: 'शुक्रवार शाम चार बजे डॉक्टर का अपॉइंटमेंट कैलेंडर में डाल दो',
    expect: { event: { day: '2026-11-27', time: '16:00', titleIncludes: 'डॉक्टर', notInTitle: ['शुक्रवार', 'शाम', 'बजे'] } },
  },
  { skill: 'light', say: 'बत्ती बंद कर दो', expect: { light: { on: false } } },
  { skill: 'light', say: 'लाइट को नीला कर दो', expect: { light: { on: true, colour: 'blue' } } },
  { skill: 'volume', say: 'आवाज़ थोड़ी बढ़ा दो', expect: { volume: 'up' } },
  { skill: 'media', say: 'कोई गाना चलाओ', expect: { playing: true } },
  { skill: 'math', say: '35 प्लस 27 कितना होता है', expect: { math: '62' } },
  { skill: 'datetime', say: 'अभी टाइम क्या हुआ है', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['एक अलार्म लगाना है', 'सुबह पौने सात बजे'], expect: { alarm: '06:45' } },
];

export default commands;
