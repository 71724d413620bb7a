// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'enciende la luz de la cocina', intent: 'iot_hue_lighton' },
  { say: 'está muy oscuro aquí enciende la lámpara', intent: 'iot_hue_lighton', note: '"it is very dark here, turn on the lamp"' },
  { say: 'apaga la luz del dormitorio', intent: 'iot_hue_lightoff' },
  { say: 'apaga las luces del pasillo', intent: 'iot_hue_lightoff' },
  { say: 'baja un poco la intensidad de la luz del salón', intent: 'iot_hue_lightdim' },
  { say: 'sube el brillo de las luces del despacho', intent: 'iot_hue_lightup' },
  { say: 'pon la luz en color azul', intent: 'iot_hue_lightchange' },
  { say: 'pon el robot aspirador a limpiar el comedor', intent: 'iot_cleaning' },
  { say: 'hazme un café', intent: 'iot_coffee' },
  { say: 'enciende el enchufe del ventilador', intent: 'iot_wemo_on' },
  { say: 'apaga el enchufe inteligente del garaje', intent: 'iot_wemo_off' },
  { say: 'despiértame mañana a las seis y media', intent: 'alarm_set' },
  { say: 'pon un temporizador de doce minutos', intent: 'alarm_set' },
  { say: 'a qué hora tengo puesta la alarma', intent: 'alarm_query' },
  { say: 'borra la alarma de las 7', intent: 'alarm_remove' },
  { say: 'sube el volumen', intent: 'audio_volume_up' },
  { say: 'baja un poco el volumen', intent: 'audio_volume_down' },
  { say: 'silencia el altavoz', intent: 'audio_volume_mute' },
  { say: 'pon algo de rosalía', intent: 'play_music' },
  { say: 'pon la emisora cadena ser', intent: 'play_radio' },
  { say: 'qué tiempo va a hacer mañana', intent: 'weather_query' },
  { say: 'qué día es hoy', intent: 'datetime_query' },
  { say: 'añade leche y huevos a la lista de la compra', intent: 'lists_createoradd' },
  { say: 'apúntame en el calendario una cita con el dentista el jueves a las cinco de la tarde', intent: 'calendar_set' },
];

export default cases;
