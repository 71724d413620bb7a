// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'ಹಾಲ್ ಲೈಟ್ ಹಾಕು', intent: 'iot_hue_lighton' },
  { say: 'ತುಂಬಾ ಕತ್ತಲಾಗಿದೆ ಲೈಟ್ ಹಾಕಿ', intent: 'iot_hue_lighton', note: '"it has got very dark, put the light on"' },
  { say: 'ಅಡುಗೆ ಮನೆ ಲೈಟ್ ಆನ್ ಮಾಡು', intent: 'iot_hue_lighton' },
  { say: 'ಬೆಡ್ ರೂಮ್ ಲೈಟ್ ಸ್ವಲ್ಪ ಆನ್ ಮಾಡ್ತೀಯಾ', intent: 'iot_hue_lighton', note: '"will you turn on the bedroom light"' },
  { say: 'ಎಲ್ಲಾ ಲೈಟ್ ಆಫ್ ಮಾಡು', intent: 'iot_hue_lightoff' },
  { say: 'ಬಾಲ್ಕನಿ ಲೈಟ್ ಆರಿಸು', intent: 'iot_hue_lightoff' },
  { say: 'ಮಲಗ್ತಿದೀನಿ ಲೈಟ್ ಆರಿಸಿಬಿಡು', intent: 'iot_hue_lightoff' },
  { say: 'ಲೈಟ್ ಸ್ವಲ್ಪ ಡಿಮ್ ಮಾಡು', intent: 'iot_hue_lightdim' },
  { say: 'ಲಿವಿಂಗ್ ರೂಮ್ ಲೈಟ್ ಇಪ್ಪತ್ತೈದು ಪರ್ಸೆಂಟಿಗೆ ಇಳಿಸು', intent: 'iot_hue_lightdim' },
  { say: 'ಬೆಳಕು ಸಾಕಾಗ್ತಿಲ್ಲ ಲೈಟ್ ಇನ್ನೂ ಬ್ರೈಟ್ ಮಾಡು', intent: 'iot_hue_lightup', note: '"the light is not enough, make it brighter"' },
  { say: 'ಓದೋ ರೂಮಲ್ಲಿ ಬೆಳಕು ಜಾಸ್ತಿ ಮಾಡು', intent: 'iot_hue_lightup' },
  { say: 'ಲೈಟ್ ಬಣ್ಣ ಹಸಿರಿಗೆ ಬದಲಾಯಿಸು', intent: 'iot_hue_lightchange' },
  { say: 'ಬೆಡ್ ರೂಮ್ ಲೈಟ್ ನೀಲಿ ಕಲರ್ ಮಾಡು', intent: 'iot_hue_lightchange' },
  { say: 'ಗಿಡಕ್ಕೆ ನೀರು ಬಿಟ್ಟಿದೀನಿ ಹದಿನೈದು ನಿಮಿಷದ ಟೈಮರ್ ಸೆಟ್ ಮಾಡು', intent: 'alarm_set', note: 'watering the plants, 15 minute timer' },
  { say: 'ಮಗ ಹೋಂವರ್ಕ್ ಮಾಡ್ತಿದಾನೆ ಒಂದು ಗಂಟೆ ಟೈಮರ್ ಇಡು', intent: 'alarm_set', note: 'son is doing homework, one hour timer' },
  { say: 'ನಾಳೆ ಬೆಳಿಗ್ಗೆ ಆರೂವರೆಗೆ ಅಲಾರ್ಮ್ ಇಡು', intent: 'alarm_set', note: 'alarm at 6:30 tomorrow morning' },
  { say: 'ಶಾಪಿಂಗ್ ಲಿಸ್ಟಿಗೆ ಹಾಲು ಮತ್ತೆ ಬ್ರೆಡ್ ಸೇರಿಸು', intent: 'lists_createoradd' },
  { say: 'ನನ್ನ ಟು ಡು ಲಿಸ್ಟಿಗೆ ಕಾರ್ ಸರ್ವೀಸ್ ಮಾಡಿಸೋದು ಸೇರಿಸು', intent: 'lists_createoradd' },
  { say: 'ವಾಲ್ಯೂಮ್ ಜಾಸ್ತಿ ಮಾಡು', intent: 'audio_volume_up' },
  { say: 'ಸೌಂಡ್ ಸ್ವಲ್ಪ ಕಡಿಮೆ ಮಾಡಿ', intent: 'audio_volume_down' },
  { say: 'ಸ್ಪೀಕರ್ ಮ್ಯೂಟ್ ಮಾಡು', intent: 'audio_volume_mute' },
  { say: 'ಸೋಮವಾರ ಬೆಳಿಗ್ಗೆ ಹತ್ತು ಗಂಟೆಗೆ ಬ್ಯಾಂಕ್ ಮೀಟಿಂಗ್ ಕ್ಯಾಲೆಂಡರಲ್ಲಿ ಹಾಕು', intent: 'calendar_set' },
  { say: 'ನಾಳೆ ಬೆಂಗಳೂರಲ್ಲಿ ಮಳೆ ಬರುತ್ತಾ', intent: 'weather_query' },
  { say: 'ಈಗ ಟೈಮ್ ಎಷ್ಟು', intent: 'datetime_query' },
];

export default cases;
