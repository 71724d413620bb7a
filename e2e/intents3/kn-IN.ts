// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'ಅಡುಗೆ ಮನೆ ಲೈಟ್ ಹಾಕು', intent: 'iot_hue_lighton', note: '"turn on the kitchen light"' },
  { say: 'ಇಲ್ಲಿ ತುಂಬಾ ಕತ್ತಲೆ ಇದೆ ದೀಪ ಹಾಕು', intent: 'iot_hue_lighton', note: '"it is very dark here, turn on the lamp"' },
  { say: 'ಬೆಡ್ ರೂಮ್ ಲೈಟ್ ಆರಿಸು', intent: 'iot_hue_lightoff', note: '"turn off the bedroom light"' },
  { say: 'ಹಾಲ್ ನಲ್ಲಿರೋ ಎಲ್ಲಾ ಲೈಟ್ ಆಫ್ ಮಾಡು', intent: 'iot_hue_lightoff', note: '"switch off all the lights in the hall"' },
  { say: 'ದೇವರ ಮನೆ ಲೈಟ್ ಬೆಳಕು ಸ್ವಲ್ಪ ಕಡಿಮೆ ಮಾಡು', intent: 'iot_hue_lightdim', note: '"lower the prayer room light brightness a little"' },
  { say: 'ಡೈನಿಂಗ್ ರೂಮ್ ಲೈಟ್ ಬೆಳಕು ಜಾಸ್ತಿ ಮಾಡು', intent: 'iot_hue_lightup', note: '"increase the dining room light brightness"' },
  { say: 'ಲೈಟ್ ಬಣ್ಣ ನೀಲಿಗೆ ಬದಲಾಯಿಸು', intent: 'iot_hue_lightchange', note: '"change the light colour to blue"' },
  { say: 'ರೋಬೋ ವ್ಯಾಕ್ಯೂಮ್ ಹಾಕಿ ಹಾಲ್ ಕ್ಲೀನ್ ಮಾಡು', intent: 'iot_cleaning', note: '"run the robot vacuum and clean the hall"' },
  { say: 'ನನಗೆ ಒಂದು ಕಾಫಿ ಮಾಡು', intent: 'iot_coffee', note: '"make me a coffee"' },
  { say: 'ಫ್ಯಾನ್ ಪ್ಲಗ್ ಆನ್ ಮಾಡು', intent: 'iot_wemo_on', note: '"switch on the fan plug"' },
  { say: 'ಟಿವಿ ಸಾಕೆಟ್ ಆಫ್ ಮಾಡು', intent: 'iot_wemo_off', note: '"switch off the TV socket"' },
  { say: 'ನಾಳೆ ಬೆಳಿಗ್ಗೆ ಆರು ಗಂಟೆಗೆ ಅಲಾರ್ಮ್ ಇಡು', intent: 'alarm_set', note: '"set an alarm for six tomorrow morning"' },
  { say: 'ಹತ್ತು ನಿಮಿಷಕ್ಕೆ ಟೈಮರ್ ಇಡು', intent: 'alarm_set', note: '"set a timer for ten minutes"' },
  { say: 'ನನ್ನ ಅಲಾರ್ಮ್ ಎಷ್ಟು ಗಂಟೆಗೆ ಇಟ್ಟಿದೆ', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'ನಾಳೆಯ ಅಲಾರ್ಮ್ ಡಿಲೀಟ್ ಮಾಡು', intent: 'alarm_remove', note: '"delete tomorrow’s alarm"' },
  { say: 'ವಾಲ್ಯೂಮ್ ಜಾಸ್ತಿ ಮಾಡು', intent: 'audio_volume_up', note: '"turn the volume up"' },
  { say: 'ಸೌಂಡ್ ಸ್ವಲ್ಪ ಕಡಿಮೆ ಮಾಡು', intent: 'audio_volume_down', note: '"turn the sound down a bit"' },
  { say: 'ಸೌಂಡ್ ಮ್ಯೂಟ್ ಮಾಡು', intent: 'audio_volume_mute', note: '"mute the sound"' },
  { say: 'ರಾಜ್ ಕುಮಾರ್ ಹಾಡುಗಳನ್ನ ಹಾಕು', intent: 'play_music', note: '"play Rajkumar songs"' },
  { say: 'ರೇಡಿಯೋ ಸಿಟಿ ಹಾಕು', intent: 'play_radio', note: '"put on Radio City"' },
  { say: 'ನಾಳೆ ಬೆಂಗಳೂರಲ್ಲಿ ಹವಾಮಾನ ಹೇಗಿರುತ್ತೆ', intent: 'weather_query', note: '"what will the weather be like in Bengaluru tomorrow"' },
  { say: 'ಈಗ ಟೈಮ್ ಎಷ್ಟು', intent: 'datetime_query', note: '"what time is it now"' },
  { say: 'ಶಾಪಿಂಗ್ ಲಿಸ್ಟ್ ಗೆ ಅಕ್ಕಿ ಬೇಳೆ ಸೇರಿಸು', intent: 'lists_createoradd', note: '"add rice and dal to the shopping list"' },
  { say: 'ಶುಕ್ರವಾರ ಸಂಜೆ ನಾಲ್ಕು ಗಂಟೆಗೆ ಮೀಟಿಂಗ್ ಕ್ಯಾಲೆಂಡರ್ ಗೆ ಸೇರಿಸು', intent: 'calendar_set', note: '"add a meeting on Friday at four pm to the calendar"' },
];

export default cases;
