// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'बेडरूम की लाइट जला दो', intent: 'iot_hue_lighton' },
  { say: 'यहाँ बहुत अंधेरा है लाइट ऑन कर दो', intent: 'iot_hue_lighton', note: '"it\'s very dark here, turn the light on"' },
  { say: 'किचन की लाइट बंद कर दो', intent: 'iot_hue_lightoff' },
  { say: 'सारी बत्तियाँ बुझा दो', intent: 'iot_hue_lightoff', note: '"put out all the lights"' },
  { say: 'हॉल की लाइट थोड़ी धीमी कर दो', intent: 'iot_hue_lightdim' },
  { say: 'पढ़ाई वाले कमरे की लाइट और तेज़ करो', intent: 'iot_hue_lightup', note: '"make the study room light brighter"' },
  { say: 'लिविंग रूम की लाइट का रंग हरा कर दो', intent: 'iot_hue_lightchange' },
  { say: 'रोबोट वैक्यूम से ड्राइंग रूम साफ़ करवा दो', intent: 'iot_cleaning' },
  { say: 'कॉफ़ी मशीन से एक कप कॉफ़ी बना दो', intent: 'iot_coffee' },
  { say: 'पंखे वाला स्मार्ट प्लग चालू कर दो', intent: 'iot_wemo_on' },
  { say: 'गीज़र वाला स्मार्ट प्लग बंद कर दो', intent: 'iot_wemo_off', note: '"turn off the geyser (water heater) smart plug"' },
  { say: 'कल सुबह साढ़े पाँच बजे का अलार्म लगा दो', intent: 'alarm_set' },
  { say: 'दस मिनट का टाइमर लगाओ', intent: 'alarm_set' },
  { say: 'मेरे कौन कौन से अलार्म लगे हैं', intent: 'alarm_query' },
  { say: 'सुबह 7 बजे वाला अलार्म हटा दो', intent: 'alarm_remove' },
  { say: 'आवाज़ थोड़ी बढ़ा दो', intent: 'audio_volume_up' },
  { say: 'वॉल्यूम कम करो', intent: 'audio_volume_down' },
  { say: 'म्यूट कर दो', intent: 'audio_volume_mute' },
  { say: 'अरिजीत सिंह के गाने चलाओ', intent: 'play_music' },
  { say: 'रेडियो पर विविध भारती चलाओ', intent: 'play_radio', note: '"play Vividh Bharati on the radio"' },
  { say: 'आज दिल्ली में बारिश होगी क्या', intent: 'weather_query' },
  { say: 'अभी कितने बजे हैं', intent: 'datetime_query' },
  { say: 'शॉपिंग लिस्ट में दूध और आटा डाल दो', intent: 'lists_createoradd' },
  { say: 'शुक्रवार शाम चार बजे डॉक्टर की अपॉइंटमेंट कैलेंडर में डाल दो', intent: 'calendar_set' },
];

export default cases;
