// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'रसोई की लाइट जला दो', intent: 'iot_hue_lighton' },
  { say: 'क्या आप बेडरूम का लैंप चालू कर सकते हैं', intent: 'iot_hue_lighton' },
  { say: 'यहाँ बहुत अंधेरा है बत्ती जला दो', intent: 'iot_hue_lighton' },
  { say: 'लिविंग रूम की लाइट ऑन करो', intent: 'iot_hue_lighton' },
  { say: 'बाथरूम की लाइट बंद करो', intent: 'iot_hue_lightoff' },
  { say: 'नीचे की सारी बत्तियाँ बुझा दो', intent: 'iot_hue_lightoff' },
  { say: 'गलियारे की लाइट ऑफ कर दो', intent: 'iot_hue_lightoff' },
  { say: 'लिविंग रूम की लाइट थोड़ी धीमी कर दो', intent: 'iot_hue_lightdim' },
  { say: 'बेडरूम की रोशनी 20 प्रतिशत तक कम करो', intent: 'iot_hue_lightdim' },
  { say: 'क्या यहाँ थोड़ी रोशनी बढ़ा सकते हो', intent: 'iot_hue_lightup' },
  { say: 'रसोई की लाइट और तेज़ कर दो', intent: 'iot_hue_lightup' },
  { say: 'लिविंग रूम की लाइट नीली कर दो', intent: 'iot_hue_lightchange' },
  { say: 'लैंप का रंग लाल कर दो', intent: 'iot_hue_lightchange' },
  { say: '10 मिनट का टाइमर लगा दो', intent: 'alarm_set' },
  { say: 'पिज़्ज़ा के लिए 25 मिनट का टाइमर सेट करो', intent: 'alarm_set' },
  { say: 'कल सुबह 6 बजे का अलार्म लगाओ', intent: 'alarm_set' },
  { say: 'शॉपिंग लिस्ट में दूध जोड़ दो', intent: 'lists_createoradd' },
  { say: 'खरीदारी की सूची में अंडे और ब्रेड डाल दो', intent: 'lists_createoradd' },
  { say: 'आवाज़ बढ़ाओ', intent: 'audio_volume_up' },
  { say: 'वॉल्यूम थोड़ा कम करो', intent: 'audio_volume_down' },
  { say: 'स्पीकर म्यूट कर दो', intent: 'audio_volume_mute' },
  { say: 'शुक्रवार दोपहर 3 बजे डेंटिस्ट की अपॉइंटमेंट कैलेंडर में डाल दो', intent: 'calendar_set' },
  { say: 'कल बारिश होगी क्या', intent: 'weather_query' },
  { say: 'अभी कितने बजे हैं', intent: 'datetime_query' },
];

export default cases;
