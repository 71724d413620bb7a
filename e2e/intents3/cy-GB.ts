// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: "tro'r golau ymlaen yn y gegin", intent: 'iot_hue_lighton', note: '"turn the light on in the kitchen"' },
  { say: "mae hi'n rhy dywyll fan hyn rho'r lamp ymlaen", intent: 'iot_hue_lighton', note: '"it is too dark here, put the lamp on"' },
  { say: "diffodda'r golau yn y llofft", intent: 'iot_hue_lightoff', note: '"switch off the light in the bedroom"' },
  { say: 'wnei di ddiffodd y golau yn y stydi', intent: 'iot_hue_lightoff', note: '"will you switch off the light in the study"' },
  { say: "pyla'r golau yn y lolfa ychydig", intent: 'iot_hue_lightdim', note: '"dim the light in the lounge a little"' },
  { say: "gwna'r golau'n fwy llachar yn yr ystafell fwyta", intent: 'iot_hue_lightup', note: '"make the light brighter in the dining room"' },
  { say: "newidia liw'r golau yn y llofft i goch", intent: 'iot_hue_lightchange', note: '"change the colour of the bedroom light to red"' },
  { say: "glanha'r gegin gyda'r hwfer robot", intent: 'iot_cleaning', note: '"clean the kitchen with the robot hoover"' },
  { say: 'gwna baned o goffi i fi', intent: 'iot_coffee', note: '"make me a cup of coffee"' },
  { say: "tro'r plwg ymlaen ar gyfer y ffan", intent: 'iot_wemo_on', note: '"turn the plug on for the fan"' },
  { say: "diffodda'r plwg clyfar wrth y teledu", intent: 'iot_wemo_off', note: '"switch off the smart plug by the TV"' },
  { say: 'gosoda larwm am hanner awr wedi chwech bore fory', intent: 'alarm_set', note: '"set an alarm for half past six tomorrow morning"' },
  { say: 'gosoda amserydd am ddeg munud', intent: 'alarm_set', note: '"set a timer for ten minutes"' },
  { say: "pryd mae fy larwm i'n canu bore fory", intent: 'alarm_query', note: '"when does my alarm go off tomorrow morning"' },
  { say: "dilea'r larwm saith o'r gloch", intent: 'alarm_remove', note: '"delete the seven o’clock alarm"' },
  { say: "tro'r sŵn i fyny", intent: 'audio_volume_up', note: '"turn the sound up"' },
  { say: "tro'r sŵn i lawr ychydig", intent: 'audio_volume_down', note: '"turn the sound down a little"' },
  { say: "distewa'r sain", intent: 'audio_volume_mute', note: '"mute the sound"' },
  { say: 'chwaraea ganeuon gan yws gwynedd', intent: 'play_music', note: '"play songs by Yws Gwynedd"' },
  { say: 'rho radio cymru ymlaen', intent: 'play_radio', note: '"put Radio Cymru on"' },
  { say: 'sut fydd y tywydd yng nghaerdydd fory', intent: 'weather_query', note: '"what will the weather be like in Cardiff tomorrow"' },
  { say: "faint o'r gloch ydy hi", intent: 'datetime_query', note: '"what time is it"' },
  { say: 'ychwanega laeth a bara at y rhestr siopa', intent: 'lists_createoradd', note: '"add milk and bread to the shopping list"' },
  { say: "rho apwyntiad deintydd yn y calendr ddydd iau am ddau o'r gloch", intent: 'calendar_set', note: '"put a dentist appointment in the calendar on Thursday at two"' },
];

export default cases;
