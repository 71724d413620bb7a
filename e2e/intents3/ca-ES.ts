// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'encén el llum de la cuina', intent: 'iot_hue_lighton' },
  { say: 'fa massa fosc aquí encén la làmpada', intent: 'iot_hue_lighton', note: '"it is too dark here, turn on the lamp"' },
  { say: "apaga el llum de l'habitació", intent: 'iot_hue_lightoff' },
  { say: 'apaga els llums del passadís', intent: 'iot_hue_lightoff' },
  { say: 'abaixa una mica la intensitat del llum del menjador', intent: 'iot_hue_lightdim' },
  { say: "puja la brillantor dels llums de l'estudi", intent: 'iot_hue_lightup' },
  { say: 'posa el llum de color blau', intent: 'iot_hue_lightchange' },
  { say: 'posa el robot aspirador a netejar la sala', intent: 'iot_cleaning' },
  { say: "prepara'm un cafè", intent: 'iot_coffee' },
  { say: "encén l'endoll del ventilador", intent: 'iot_wemo_on' },
  { say: "apaga l'endoll del garatge", intent: 'iot_wemo_off' },
  { say: "desperta'm demà a dos quarts de set", intent: 'alarm_set', note: '"wake me tomorrow at 6:30"' },
  { say: 'posa un temporitzador de dotze minuts', intent: 'alarm_set' },
  { say: 'a quina hora sona la meva alarma', intent: 'alarm_query' },
  { say: "esborra l'alarma de les 7", intent: 'alarm_remove' },
  { say: 'puja el volum', intent: 'audio_volume_up' },
  { say: 'abaixa el volum', intent: 'audio_volume_down' },
  { say: "silencia l'altaveu", intent: 'audio_volume_mute' },
  { say: 'posa música dels pets', intent: 'play_music' },
  { say: 'posa catalunya ràdio', intent: 'play_radio' },
  { say: 'quin temps farà demà', intent: 'weather_query' },
  { say: 'quin dia és avui', intent: 'datetime_query' },
  { say: 'afegeix llet i ous a la llista de la compra', intent: 'lists_createoradd' },
  { say: "apunta'm al calendari una reunió dijous a les tres de la tarda", intent: 'calendar_set' },
];

export default cases;
