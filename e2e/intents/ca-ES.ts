// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'encén el llum de la cuina', intent: 'iot_hue_lighton' },
  { say: "pots encendre la làmpada de l'habitació si us plau", intent: 'iot_hue_lighton' },
  { say: 'està molt fosc aquí encén el llum', intent: 'iot_hue_lighton' },
  { say: 'obre els llums del menjador', intent: 'iot_hue_lighton' },
  { say: 'apaga el llum del bany', intent: 'iot_hue_lightoff' },
  { say: 'apaga tots els llums de baix', intent: 'iot_hue_lightoff' },
  { say: 'tanca el llum del passadís', intent: 'iot_hue_lightoff' },
  { say: 'abaixa el llum del menjador', intent: 'iot_hue_lightdim' },
  { say: "baixa la intensitat del llum de l'habitació al 20 per cent", intent: 'iot_hue_lightdim' },
  { say: 'pots fer que hi hagi una mica més de llum aquí', intent: 'iot_hue_lightup' },
  { say: 'puja la brillantor de la cuina', intent: 'iot_hue_lightup' },
  { say: 'posa el llum del menjador de color blau', intent: 'iot_hue_lightchange' },
  { say: 'canvia el color de la làmpada a vermell', intent: 'iot_hue_lightchange' },
  { say: 'posa un temporitzador de 10 minuts', intent: 'alarm_set' },
  { say: 'temporitzador de 25 minuts per a la pizza', intent: 'alarm_set' },
  { say: 'posa una alarma a les 7 del matí', intent: 'alarm_set' },
  { say: 'afegeix llet a la llista de la compra', intent: 'lists_createoradd' },
  { say: 'apunta ous i pa a la llista de la compra', intent: 'lists_createoradd' },
  { say: 'apuja el volum', intent: 'audio_volume_up' },
  { say: 'abaixa una mica el so', intent: 'audio_volume_down' },
  { say: "silencia l'altaveu", intent: 'audio_volume_mute' },
  { say: 'afegeix al calendari una visita al dentista divendres a les 3 de la tarda', intent: 'calendar_set' },
  { say: 'plourà demà', intent: 'weather_query' },
  { say: 'quina hora és', intent: 'datetime_query' },
];

export default cases;
