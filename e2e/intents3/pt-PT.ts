// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'acende a luz da cozinha', intent: 'iot_hue_lighton' },
  { say: 'está muito escuro aqui liga o candeeiro', intent: 'iot_hue_lighton', note: '"it is very dark here, turn on the lamp"' },
  { say: 'apaga a luz do quarto', intent: 'iot_hue_lightoff' },
  { say: 'desliga as luzes do corredor', intent: 'iot_hue_lightoff' },
  { say: 'baixa um bocadinho a luz da sala', intent: 'iot_hue_lightdim' },
  { say: 'aumenta o brilho das luzes do escritório', intent: 'iot_hue_lightup' },
  { say: 'muda a cor da luz para azul', intent: 'iot_hue_lightchange' },
  { say: 'põe o aspirador robô a limpar a sala de jantar', intent: 'iot_cleaning' },
  { say: 'podes fazer um café', intent: 'iot_coffee' },
  { say: 'liga a tomada da ventoinha', intent: 'iot_wemo_on' },
  { say: 'desliga a tomada inteligente da garagem', intent: 'iot_wemo_off' },
  { say: 'põe o despertador para amanhã às seis e meia', intent: 'alarm_set' },
  { say: 'põe um temporizador de doze minutos', intent: 'alarm_set' },
  { say: 'para que horas está o meu alarme', intent: 'alarm_query' },
  { say: 'cancela o alarme das 7', intent: 'alarm_remove' },
  { say: 'aumenta o volume', intent: 'audio_volume_up' },
  { say: 'baixa o volume', intent: 'audio_volume_down' },
  { say: 'tira o som', intent: 'audio_volume_mute' },
  { say: 'põe uma música da ana moura', intent: 'play_music' },
  { say: 'põe a rádio comercial', intent: 'play_radio' },
  { say: 'como vai estar o tempo amanhã', intent: 'weather_query' },
  { say: 'que dia é hoje', intent: 'datetime_query' },
  { say: 'adiciona leite e ovos à lista de compras', intent: 'lists_createoradd' },
  { say: 'marca no calendário uma reunião na quinta às 15 horas', intent: 'calendar_set' },
];

export default cases;
