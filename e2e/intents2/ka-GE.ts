// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'სამზარეულოში შუქი აანთე', intent: 'iot_hue_lighton' },
  { say: 'აქ ძალიან ბნელა შუქი ჩართე', intent: 'iot_hue_lighton' },
  { say: 'საძინებლის ლამპა ჩართე თუ შეიძლება', intent: 'iot_hue_lighton' },
  { say: 'შეგიძლია მისაღებ ოთახში შუქი აანთო', intent: 'iot_hue_lighton' },
  { say: 'შუქი ჩააქრე', intent: 'iot_hue_lightoff' },
  { say: 'ვიძინებ და ოთახში შუქი გამორთე', intent: 'iot_hue_lightoff' },
  { say: 'ყველა შუქი გამორთე', intent: 'iot_hue_lightoff' },
  { say: 'შუქს ცოტა დაუწიე', intent: 'iot_hue_lightdim' },
  { say: 'მისაღებში განათება ოც პროცენტამდე დაწიე', intent: 'iot_hue_lightdim' },
  { say: 'შუქს მოუმატე', intent: 'iot_hue_lightup' },
  { say: 'სამზარეულოში განათება უფრო კაშკაშა გახადე', intent: 'iot_hue_lightup' },
  { say: 'ნათურის ფერი წითლად შეცვალე', intent: 'iot_hue_lightchange' },
  { say: 'საძინებელში შუქი მწვანე გახადე', intent: 'iot_hue_lightchange' },
  { say: 'ოცი წუთით ტაიმერი დააყენე ცოტას წავიძინებ', intent: 'alarm_set', note: 'timer for a nap' },
  { say: 'კვერცხს ვხარშავ 8 წუთიანი ტაიმერი დააყენე', intent: 'alarm_set', note: 'boiling an egg' },
  { say: 'ხვალ დილით შვიდ საათზე გამაღვიძე', intent: 'alarm_set' },
  { say: 'საყიდლების სიაში დაამატე რძე და პური', intent: 'lists_createoradd' },
  { say: 'საქმეების სიაში ჩაწერე კომუნალურების გადახდა', intent: 'lists_createoradd', note: 'to-do list: pay the utility bills' },
  { say: 'ხმას აუწიე', intent: 'audio_volume_up' },
  { say: 'ხმას ცოტა დაუწიე', intent: 'audio_volume_down' },
  { say: 'ხმა საერთოდ გამორთე', intent: 'audio_volume_mute' },
  { say: 'კალენდარში ჩამიწერე ექიმთან ვიზიტი პარასკევს ოთხ საათზე', intent: 'calendar_set' },
  { say: 'ხვალ როგორი ამინდი იქნება', intent: 'weather_query' },
  { say: 'რომელი საათია', intent: 'datetime_query' },
];

export default cases;
