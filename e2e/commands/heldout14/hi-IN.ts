// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** hi-IN: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'सुबह सवा छह बजे उठा देना', expect: { alarm: '06:15' }, note: '"सवा छह" is a quarter past six: 06:15.' },
  { skill: 'alarm', say: 'शुक्रवार सुबह पौने आठ बजे का अलार्म लगा दो', expect: { alarm: { time: '07:45', day: '2026-11-27' } }, note: '"पौने आठ" is a quarter to eight: 07:45.' },
  { skill: 'timer', say: 'दस मिनट का टाइमर लगा दो', expect: { timer: 600 } },
  { skill: 'timer', say: 'डेढ़ घंटे का टाइमर लगाओ', expect: { timer: 5400 }, note: '"डेढ़" is one and a half.' },
  { skill: 'list', say: 'शॉपिंग लिस्ट में दूध चीनी और चाय पत्ती डाल दो', expect: { listItems: ['दूध', 'चीनी', 'चाय पत्ती'] } },
  { skill: 'calendar', say: 'कैलेंडर में गुरुवार शाम पांच बजे डॉक्टर के पास जाना डाल दो', expect: { event: { day: '2026-11-26', time: '17:00', titleIncludes: 'डॉक्टर', notInTitle: ['गुरुवार', 'शाम', 'पांच', 'बजे'] } } },
  { skill: 'light', say: 'लाइट बंद कर दो', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'लाइट का रंग हरा कर दो', expect: { light: { colour: 'green' } } },
  { skill: 'volume', say: 'आवाज़ थोड़ी कम करो', expect: { volume: 'down' } },
  { skill: 'media', say: 'गाना फिर से चालू कर दो', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'पंद्रह गुणा चार कितना होता है', expect: { math: '60' } },
  { skill: 'followup', say: ['टाइमर लगा दो', 'रहने दो आवाज़ तीस पर कर दो'], expect: { volume: 30 }, note: '"रहने दो" = leave it; the timer question is dropped, volume goes to 30.' },
];

export default commands;
