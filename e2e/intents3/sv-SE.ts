// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'tänd lampan i köket', intent: 'iot_hue_lighton' },
  { say: 'det är så mörkt här inne kan du tända taklampan', intent: 'iot_hue_lighton', note: '"it is so dark in here, can you turn on the ceiling lamp"' },
  { say: 'släck lampan i sovrummet', intent: 'iot_hue_lightoff' },
  { say: 'stäng av lamporna i hallen', intent: 'iot_hue_lightoff' },
  { say: 'dimma ljuset i vardagsrummet lite', intent: 'iot_hue_lightdim' },
  { say: 'gör ljuset starkare i arbetsrummet', intent: 'iot_hue_lightup' },
  { say: 'ändra färgen på lamporna till blått', intent: 'iot_hue_lightchange' },
  { say: 'starta robotdammsugaren i matsalen', intent: 'iot_cleaning' },
  { say: 'gör en kopp kaffe åt mig', intent: 'iot_coffee' },
  { say: 'slå på det smarta uttaget för fläkten', intent: 'iot_wemo_on' },
  { say: 'stäng av det smarta uttaget i garaget', intent: 'iot_wemo_off' },
  { say: 'väck mig halv sju imorgon', intent: 'alarm_set', note: '"wake me at 6:30 tomorrow"' },
  { say: 'ställ en timer på tolv minuter', intent: 'alarm_set' },
  { say: 'när ringer väckarklockan', intent: 'alarm_query' },
  { say: 'ta bort larmet klockan 7', intent: 'alarm_remove' },
  { say: 'höj volymen', intent: 'audio_volume_up' },
  { say: 'sänk volymen lite', intent: 'audio_volume_down' },
  { say: 'stäng av ljudet', intent: 'audio_volume_mute' },
  { say: 'spela lite veronica maggio', intent: 'play_music' },
  { say: 'sätt på p3 på radion', intent: 'play_radio' },
  { say: 'hur blir vädret imorgon', intent: 'weather_query' },
  { say: 'vilket datum är det idag', intent: 'datetime_query' },
  { say: 'lägg till mjölk och ägg på inköpslistan', intent: 'lists_createoradd' },
  { say: 'lägg in ett tandläkarbesök i kalendern på torsdag klockan tre', intent: 'calendar_set' },
];

export default cases;
