// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** hi-IN: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'कल सुबह साढ़े पांच बजे मुझे उठा देना', expect: { alarm: { time: '05:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'शाम सात बजे का अलार्म लगा दो', expect: { alarm: '19:00' } },
  { skill: 'timer', say: 'डेढ़ घंटे का टाइमर लगा दो', expect: { timer: 5400 } },
  { skill: 'list', say: 'शॉपिंग लिस्ट में आटा और चीनी डाल दो', expect: { listItems: ['आटा', 'चीनी'] } },
  { skill: 'calendar', say: 'गुरुवार दोपहर 3 बजे डॉक्टर का अपॉइंटमेंट कैलेंडर में डाल दो', expect: { event: { day: '2026-11-26', time: '15:00', titleIncludes: 'डॉक्टर', notInTitle: ['गुरुवार', 'दोपहर', 'बजे'] } } },
  { skill: 'light', say: 'लाइट ऑन कर दो', expect: { light: { on: true } } },
  { skill: 'light', say: 'लाइट को लाल कर दो', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'आवाज थोड़ी बढ़ाओ', expect: { volume: 'up' } },
  { skill: 'media', say: 'कोई गाना चला दो', expect: { playing: true } },
  { skill: 'math', say: '45 प्लस 38 कितना होता है', expect: { math: '83' } },
  { skill: 'datetime', say: 'क्या टाइम हो रहा है', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['शॉपिंग लिस्ट में कुछ ऐड करना है', 'दही'], expect: { listItems: ['दही'] } },
];
export default commands;
