// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'enciende la luz de la cocina', intent: 'iot_hue_lighton' },
  { say: 'podrías encender la lámpara del dormitorio por favor', intent: 'iot_hue_lighton' },
  { say: 'está muy oscuro aquí enciende la luz', intent: 'iot_hue_lighton' },
  { say: 'pon la luz del salón', intent: 'iot_hue_lighton' },
  { say: 'apaga la luz del baño', intent: 'iot_hue_lightoff' },
  { say: 'apaga todas las luces de abajo', intent: 'iot_hue_lightoff' },
  { say: 'quita la luz del pasillo', intent: 'iot_hue_lightoff' },
  { say: 'baja la intensidad de la luz del salón', intent: 'iot_hue_lightdim' },
  { say: 'atenúa las luces del dormitorio al 20 por ciento', intent: 'iot_hue_lightdim' },
  { say: 'puedes poner un poco más de luz aquí', intent: 'iot_hue_lightup' },
  { say: 'sube el brillo de la cocina', intent: 'iot_hue_lightup' },
  { say: 'pon la luz del salón en azul', intent: 'iot_hue_lightchange' },
  { say: 'cambia el color de la lámpara a rojo', intent: 'iot_hue_lightchange' },
  { say: 'pon un temporizador de 10 minutos', intent: 'alarm_set' },
  { say: 'temporizador de 25 minutos para la pizza', intent: 'alarm_set' },
  { say: 'despiértame mañana a las 6 y media', intent: 'alarm_set' },
  { say: 'añade leche a la lista de la compra', intent: 'lists_createoradd' },
  { say: 'apunta huevos y pan en la lista de la compra', intent: 'lists_createoradd' },
  { say: 'sube el volumen', intent: 'audio_volume_up' },
  { say: 'baja un poco el volumen', intent: 'audio_volume_down' },
  { say: 'silencia el altavoz', intent: 'audio_volume_mute' },
  { say: 'apunta en mi calendario cita con el dentista el viernes a las 3 de la tarde', intent: 'calendar_set' },
  { say: 'va a llover mañana', intent: 'weather_query' },
  { say: 'qué hora es', intent: 'datetime_query' },
];

export default cases;
