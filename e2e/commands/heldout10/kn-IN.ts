// Tenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** kn-IN: tenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ನಾಳೆ ಬೆಳಿಗ್ಗೆ ಆರು ಗಂಟೆಗೆ ನನ್ನನ್ನು ಎಬ್ಬಿಸು', expect: { alarm: { time: '06:00', day: '2026-11-25' } }, note: 'wake me tomorrow morning at six.' },
  { skill: 'alarm', say: 'ಸಂಜೆ ಏಳು ಗಂಟೆಗೆ ಅಲಾರ್ಮ್ ಸೆಟ್ ಮಾಡು', expect: { alarm: '19:00' }, note: 'ಸಂಜೆ = evening.' },
  { skill: 'timer', say: 'ಹತ್ತು ನಿಮಿಷದ ಟೈಮರ್ ಹಾಕು', expect: { timer: 600 }, note: 'a ten-minute timer; ಹಾಕು = put (colloquial "set").' },
  { skill: 'timer', say: '45 ಸೆಕೆಂಡ್ ಟೈಮರ್ ಶುರು ಮಾಡು', expect: { timer: 45 } },
  { skill: 'list', say: 'ಹಾಲು ಮತ್ತು ಮೊಟ್ಟೆ ಶಾಪಿಂಗ್ ಲಿಸ್ಟಿಗೆ ಸೇರಿಸು', expect: { listItems: ['ಹಾಲು', 'ಮೊಟ್ಟೆ'] }, note: 'milk and eggs; ಲಿಸ್ಟಿಗೆ = to the list (spoken form).' },
  {
    skill: 'calendar',
    say: 'ಸೋಮವಾರ ಮಧ್ಯಾಹ್ನ ಎರಡು ಗಂಟೆಗೆ ಟೀಮ್ ಮೀಟಿಂಗ್ ಕ್ಯಾಲೆಂಡರಲ್ಲಿ ಸೇರಿಸು',
    expect: { event: { day: '2026-11-30', time: '14:00', titleIncludes: 'ಮೀಟಿಂಗ್', notInTitle: ['ಸೋಮವಾರ', 'ಮಧ್ಯಾಹ್ನ', 'ಎರಡು', 'ಗಂಟೆ'] } },
    note: 'Monday, two in the afternoon (ಮಧ್ಯಾಹ್ನ); title: team meeting. ಕ್ಯಾಲೆಂಡರಲ್ಲಿ = in the calendar (spoken form).',
  },
  { skill: 'light', say: 'ಲೈಟ್ ಹಾಕು', expect: { light: { on: true } }, note: 'colloquial "switch the light on" (ಹಾಕು = put).' },
  { skill: 'light', say: 'ಲೈಟನ್ನು ಕೆಂಪು ಬಣ್ಣಕ್ಕೆ ಬದಲಿಸು', expect: { light: { on: true, colour: 'red' } }, note: 'change the light to red (ಕೆಂಪು).' },
  { skill: 'volume', say: 'ವಾಲ್ಯೂಮ್ ಜಾಸ್ತಿ ಮಾಡು', expect: { volume: 'up' }, note: 'ಜಾಸ್ತಿ ಮಾಡು = make more.' },
  { skill: 'media', say: 'ಹಾಡು ನಿಲ್ಲಿಸು', expect: { playing: false }, note: 'stop the song (ಹಾಡು is the noun "song" here).' },
  { skill: 'datetime', say: 'ಗಂಟೆ ಎಷ್ಟಾಯ್ತು', expect: { replyScenario: 'datetime', replyEffect: 'time:now' }, note: 'colloquial "what time has it got to".' },
  { skill: 'followup', say: ['ಒಂದು ಅಲಾರ್ಮ್ ಇಡು', 'ಬೆಳಿಗ್ಗೆ ಏಳೂವರೆಗೆ'], expect: { alarm: '07:30' }, note: 'ಏಳೂವರೆ = seven and a half; -ಗೆ = at.' },
];

export default commands;
