// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'სამზარეულოში შუქი აანთე', intent: 'iot_hue_lighton', note: '"turn on the light in the kitchen"' },
  { say: 'აქ ძალიან ბნელა ლამპა ჩართე', intent: 'iot_hue_lighton', note: '"it is very dark here, turn on the lamp"' },
  { say: 'საძინებელში შუქი ჩააქრე', intent: 'iot_hue_lightoff', note: '"turn off the light in the bedroom"' },
  { say: 'მისაღებში ყველა შუქი გამორთე', intent: 'iot_hue_lightoff', note: '"turn off all the lights in the living room"' },
  { say: 'დერეფანში შუქის სიკაშკაშე შეამცირე', intent: 'iot_hue_lightdim', note: '"reduce the light brightness in the hallway"' },
  { say: 'აბაზანაში შუქი უფრო კაშკაშა გახადე', intent: 'iot_hue_lightup', note: '"make the bathroom light brighter"' },
  { say: 'მისაღებში შუქის ფერი წითლად შეცვალე', intent: 'iot_hue_lightchange', note: '"change the living room light colour to red"' },
  { say: 'ჩართე რობოტი მტვერსასრუტი რომ მისაღები დაასუფთაოს', intent: 'iot_cleaning', note: '"turn on the robot vacuum so it cleans the living room"' },
  { say: 'ერთი ყავა გამიკეთე', intent: 'iot_coffee', note: '"make me a coffee"' },
  { say: 'ვენტილატორის როზეტი ჩართე', intent: 'iot_wemo_on', note: '"turn on the fan socket"' },
  { say: 'ტელევიზორის ჭკვიანი როზეტი გამორთე', intent: 'iot_wemo_off', note: '"turn off the TV smart socket"' },
  { say: 'ხვალ დილის შვიდ საათზე მაღვიძარა დამიყენე', intent: 'alarm_set', note: '"set me an alarm for seven tomorrow morning"' },
  { say: 'ტაიმერი ათ წუთზე დააყენე', intent: 'alarm_set', note: '"set a timer for ten minutes"' },
  { say: 'რომელ საათზე მაქვს მაღვიძარა დაყენებული', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'ხვალინდელი მაღვიძარა წაშალე', intent: 'alarm_remove', note: '"delete tomorrow’s alarm"' },
  { say: 'ხმას აუწიე', intent: 'audio_volume_up', note: '"turn the volume up"' },
  { say: 'ხმას ცოტა დაუწიე', intent: 'audio_volume_down', note: '"turn the volume down a bit"' },
  { say: 'ხმა მთლიანად გამორთე', intent: 'audio_volume_mute', note: '"turn the sound off completely (mute)"' },
  { say: 'ნინო კატამაძის სიმღერები ჩართე', intent: 'play_music', note: '"put on Nino Katamadze songs"' },
  { say: 'რადიო ფორტუნა ჩართე', intent: 'play_radio', note: '"turn on Radio Fortuna"' },
  { say: 'ხვალ თბილისში როგორი ამინდი იქნება', intent: 'weather_query', note: '"what will the weather be like in Tbilisi tomorrow"' },
  { say: 'რომელი საათია', intent: 'datetime_query', note: '"what time is it"' },
  { say: 'საყიდლების სიაში რძე და პური დაამატე', intent: 'lists_createoradd', note: '"add milk and bread to the shopping list"' },
  { say: 'კალენდარში ჩამინიშნე შეხვედრა ხუთშაბათს სამ საათზე', intent: 'calendar_set', note: '"note a meeting in my calendar on Thursday at three"' },
];

export default cases;
