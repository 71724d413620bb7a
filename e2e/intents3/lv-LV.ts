// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'ieslēdz gaismu virtuvē', intent: 'iot_hue_lighton', note: '"turn on the light in the kitchen"' },
  { say: 'te ir pārāk tumšs ieslēdz lampu', intent: 'iot_hue_lighton', note: '"it is too dark here, turn on the lamp"' },
  { say: 'izslēdz gaismu guļamistabā', intent: 'iot_hue_lightoff', note: '"turn off the light in the bedroom"' },
  { say: 'nodzēs visas gaismas viesistabā', intent: 'iot_hue_lightoff', note: '"switch off all the lights in the living room"' },
  { say: 'padari gaismu ēdamistabā mazliet blāvāku', intent: 'iot_hue_lightdim', note: '"make the dining room light a bit dimmer"' },
  { say: 'palielini gaismas spilgtumu vannasistabā', intent: 'iot_hue_lightup', note: '"increase the light brightness in the bathroom"' },
  { say: 'nomaini gaismas krāsu guļamistabā uz zilu', intent: 'iot_hue_lightchange', note: '"change the light colour in the bedroom to blue"' },
  { say: 'palaid robotputekļsūcēju priekšnamā', intent: 'iot_cleaning', note: '"start the robot vacuum in the hallway"' },
  { say: 'uztaisi man kafiju', intent: 'iot_coffee', note: '"make me a coffee"' },
  { say: 'ieslēdz ventilatora kontaktligzdu', intent: 'iot_wemo_on', note: '"turn on the fan socket"' },
  { say: 'izslēdz viedo kontaktligzdu pie televizora', intent: 'iot_wemo_off', note: '"turn off the smart socket by the TV"' },
  { say: 'uzliec modinātāju rīt uz pusseptiņiem', intent: 'alarm_set', note: '"set the alarm for half past six tomorrow"' },
  { say: 'uzliec taimeri uz desmit minūtēm', intent: 'alarm_set', note: '"set a timer for ten minutes"' },
  { say: 'uz cikiem man ir uzlikts modinātājs', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'izdzēs rītdienas modinātāju', intent: 'alarm_remove', note: '"delete tomorrow’s alarm"' },
  { say: 'uzgriez mūziku skaļāk', intent: 'audio_volume_up', note: '"turn the music up louder"' },
  { say: 'pagriez mazliet klusāk', intent: 'audio_volume_down', note: '"turn it a bit quieter"' },
  { say: 'izslēdz skaņu pavisam', intent: 'audio_volume_mute', note: '"turn the sound off completely (mute)"' },
  { say: 'atskaņo kādu prāta vētras dziesmu', intent: 'play_music', note: '"play a Prāta Vētra song"' },
  { say: 'ieslēdz latvijas radio 2', intent: 'play_radio', note: '"turn on Latvijas Radio 2"' },
  { say: 'kāds laiks rīt būs rīgā', intent: 'weather_query', note: '"what will the weather be in Riga tomorrow"' },
  { say: 'cik pulkstenis', intent: 'datetime_query', note: '"what time is it"' },
  { say: 'pievieno pienu un maizi iepirkumu sarakstam', intent: 'lists_createoradd', note: '"add milk and bread to the shopping list"' },
  { say: 'ieliec kalendārā vizīti pie ārsta piektdien pulksten desmitos', intent: 'calendar_set', note: '"put a doctor visit in the calendar on Friday at ten"' },
];

export default cases;
