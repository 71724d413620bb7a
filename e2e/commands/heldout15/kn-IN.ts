// Fifteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** kn-IN: fifteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ಬೆಳಿಗ್ಗೆ ಏಳು ಮುಕ್ಕಾಲಿಗೆ ಅಲಾರ್ಮ್ ಇಡು', expect: { alarm: '07:45' }, note: '"ಏಳು ಮುಕ್ಕಾಲು" is seven and three quarters: 07:45.' },
  { skill: 'alarm', say: 'ನಾಳೆ ಸಂಜೆ ಐದು ಗಂಟೆಗೆ ಅಲಾರ್ಮ್ ಸೆಟ್ ಮಾಡು', expect: { alarm: { time: '17:00', day: '2026-11-25' } } },
  { skill: 'timer', say: 'ಹದಿನೈದು ನಿಮಿಷದ ಟೈಮರ್ ಇಡು', expect: { timer: 900 } },
  { skill: 'timer', say: 'ಒಂದೂವರೆ ಗಂಟೆ ಟೈಮರ್ ಇಡು', expect: { timer: 5400 }, note: '"ಒಂದೂವರೆ ಗಂಟೆ" is an hour and a half.' },
  { skill: 'list', say: 'ಶಾಪಿಂಗ್ ಲಿಸ್ಟಿಗೆ ಹಾಲು ಮೊಸರು ಮತ್ತು ಬ್ರೆಡ್ ಸೇರಿಸು', expect: { listItems: ['ಹಾಲು', 'ಮೊಸರು', 'ಬ್ರೆಡ್'] } },
  { skill: 'calendar', say: 'ಗುರುವಾರ ಮಧ್ಯಾಹ್ನ ಮೂರು ಗಂಟೆಗೆ ಟೀಮ್ ಮೀಟಿಂಗ್ ಅಂತ ಕ್ಯಾಲೆಂಡರಲ್ಲಿ ಹಾಕು', expect: { event: { day: '2026-11-26', time: '15:00', titleIncludes: 'ಮೀಟಿಂಗ್', notInTitle: ['ಗುರುವಾರ', 'ಮಧ್ಯಾಹ್ನ', 'ಮೂರು', 'ಗಂಟೆ'] } }, note: '"ಅಂತ" is the quotative ("as"), not part of the title.' },
  { skill: 'light', say: 'ಲೈಟ್ ಆನ್ ಮಾಡು', expect: { light: { on: true } }, given: { light: 'off' } },
  { skill: 'light', say: 'ಲೈಟ್ ಕೆಂಪು ಬಣ್ಣಕ್ಕೆ ಬದಲಾಯಿಸು', expect: { light: { colour: 'red' } } },
  { skill: 'volume', say: 'ವಾಲ್ಯೂಮ್ ಮೂವತ್ತಕ್ಕೆ ಇಡು', expect: { volume: 30 } },
  { skill: 'media', say: 'ಮ್ಯೂಸಿಕ್ ಮುಂದುವರಿಸು', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'ನೂರರಲ್ಲಿ ಮೂವತ್ತೇಳು ಕಳೆದರೆ ಎಷ್ಟು', expect: { math: '63' }, note: '100 minus 37.' },
  { skill: 'followup', say: ['ಶಾಪಿಂಗ್ ಲಿಸ್ಟಿಗೆ ಏನೋ ಸೇರಿಸಬೇಕು', 'ವಾಲ್ಯೂಮ್ ಸ್ವಲ್ಪ ಜಾಸ್ತಿ ಮಾಡು'], expect: { volume: 'up' } },
];

export default commands;
