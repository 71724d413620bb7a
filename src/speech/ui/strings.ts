/**
 * English UI text of the speech capability (namespace `speech`); translations live in
 * src/i18n/ui/locales/<lang>.json. `{language}` is the language's own name, `{name}` a voice name.
 */
export const EN = {
  micStart: 'Talk',
  micStop: 'Stop',
  micHint: 'Hold to talk, or click to start and click again to stop',
  micListening: 'Listening…',
  levelLabel: 'Microphone level',
  interimLabel: 'Heard so far',
  processingLocal: 'Recognized on this device',
  processingOnline: 'Online: audio goes to the browser vendor',
  err_unsupported: 'This browser cannot recognize speech. You can type your request instead.',
  'err_mic-denied':
    'Microphone access was denied. Allow the microphone for this site in the browser settings, or type your request instead.',
  'err_mic-missing':
    'No microphone was found, or another app is using it. Connect a microphone, or type your request instead.',
  'err_locale-unsupported': 'Speech recognition is not available for {language} in this browser. You can type instead.',
  'err_online-not-allowed':
    'This browser can recognize {language} only with its vendor’s online service. To use it, turn on “Allow online speech recognition” in the voice settings, or type your request instead.',
  'err_language-pack-failed':
    'The on-device speech pack for {language} could not be installed. Connect to the internet once so the browser can install it, or allow online speech recognition in the voice settings.',
  err_network: 'The online speech service could not be reached. Check the connection, or type your request instead.',
  'err_no-speech': 'No speech was heard. Try again, a little closer to the microphone.',
  'err_service-unavailable': 'The browser refused to run speech recognition. You can type your request instead.',
  err_unknown: 'Speech recognition stopped unexpectedly. Try again, or type your request instead.',
  settingsTitle: 'Voice',
  voiceLabel: 'Voice for {language}',
  voiceAuto: 'Automatic ({name})',
  voiceNone: 'No voice',
  voiceOnline: '{name} (online)',
  voiceEspeak: 'eSpeak NG (offline)',
  noVoice: 'This browser has no voice for {language}; replies are shown as text only.',
  rateLabel: 'Speaking rate',
  rateValue: '{rate}×',
  allowOnline: 'Allow online speech recognition',
  allowOnlineNote:
    'Off: your voice is recognized on this device, or not at all. On: where this browser has no on-device recognizer for the language, the recording of your voice is sent to the browser vendor’s speech service (for Chrome, Google) to be transcribed.',
} as const;
