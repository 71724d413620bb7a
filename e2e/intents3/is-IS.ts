// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'kveiktu á ljósinu í eldhúsinu', intent: 'iot_hue_lighton', note: '"turn on the light in the kitchen"' },
  { say: 'það er allt of dimmt hérna kveiktu á lampanum', intent: 'iot_hue_lighton', note: '"it is far too dark here, turn on the lamp"' },
  { say: 'slökktu ljósið í svefnherberginu', intent: 'iot_hue_lightoff', note: '"turn off the light in the bedroom"' },
  { say: 'slökktu á öllum ljósunum í stofunni', intent: 'iot_hue_lightoff', note: '"turn off all the lights in the living room"' },
  { say: 'dempaðu ljósin í borðstofunni', intent: 'iot_hue_lightdim', note: '"dim the lights in the dining room"' },
  { say: 'gerðu ljósið í eldhúsinu bjartara', intent: 'iot_hue_lightup', note: '"make the kitchen light brighter"' },
  { say: 'gerðu ljósin í svefnherberginu blá', intent: 'iot_hue_lightchange', note: '"make the bedroom lights blue"' },
  { say: 'láttu ryksuguvélmennið ryksuga ganginn', intent: 'iot_cleaning', note: '"have the robot vacuum vacuum the hallway"' },
  { say: 'helltu upp á kaffi fyrir mig', intent: 'iot_coffee', note: '"make (brew) coffee for me"' },
  { say: 'kveiktu á innstungunni fyrir viftuna', intent: 'iot_wemo_on', note: '"turn on the socket for the fan"' },
  { say: 'slökktu á snjallinnstungunni við sjónvarpið', intent: 'iot_wemo_off', note: '"turn off the smart socket by the TV"' },
  { say: 'stilltu vekjaraklukkuna á hálf sjö í fyrramálið', intent: 'alarm_set', note: '"set the alarm clock for half past six tomorrow morning"' },
  { say: 'settu tímamæli á tíu mínútur', intent: 'alarm_set', note: '"set a timer for ten minutes"' },
  { say: 'hvenær hringir vekjaraklukkan mín', intent: 'alarm_query', note: '"when does my alarm go off"' },
  { say: 'eyddu vekjaranum klukkan sjö', intent: 'alarm_remove', note: '"delete the seven o’clock alarm"' },
  { say: 'hækkaðu aðeins í tónlistinni', intent: 'audio_volume_up', note: '"turn the music up a bit"' },
  { say: 'lækkaðu hljóðið', intent: 'audio_volume_down', note: '"turn the sound down"' },
  { say: 'þaggaðu niður í hátalaranum', intent: 'audio_volume_mute', note: '"silence (mute) the speaker"' },
  { say: 'spilaðu eitthvað með bubba morthens', intent: 'play_music', note: '"play something by Bubbi Morthens"' },
  { say: 'settu útvarpið á rás tvö', intent: 'play_radio', note: '"put the radio on Rás 2"' },
  { say: 'hvernig verður veðrið á akureyri á morgun', intent: 'weather_query', note: '"what will the weather be like in Akureyri tomorrow"' },
  { say: 'hvað er klukkan', intent: 'datetime_query', note: '"what time is it"' },
  { say: 'bættu mjólk og eggjum á innkaupalistann', intent: 'lists_createoradd', note: '"add milk and eggs to the shopping list"' },
  { say: 'settu fund með kristínu í dagatalið á fimmtudaginn klukkan tvö', intent: 'calendar_set', note: '"put a meeting with Kristín in the calendar on Thursday at two"' },
];

export default cases;
