// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'acende a luz da cozinha', intent: 'iot_hue_lighton' },
  { say: 'podes acender o candeeiro do quarto por favor', intent: 'iot_hue_lighton' },
  { say: 'está escuro aqui acende a luz', intent: 'iot_hue_lighton' },
  { say: 'liga as luzes da sala', intent: 'iot_hue_lighton' },
  { say: 'apaga a luz da casa de banho', intent: 'iot_hue_lightoff' },
  { say: 'desliga todas as luzes lá em baixo', intent: 'iot_hue_lightoff' },
  { say: 'apaga o candeeiro do corredor', intent: 'iot_hue_lightoff' },
  { say: 'baixa a luz da sala', intent: 'iot_hue_lightdim' },
  { say: 'diminui a intensidade das luzes do quarto para 20 por cento', intent: 'iot_hue_lightdim' },
  { say: 'podes aumentar um bocadinho a luz aqui', intent: 'iot_hue_lightup' },
  { say: 'aumenta o brilho da cozinha', intent: 'iot_hue_lightup' },
  { say: 'põe a luz da sala azul', intent: 'iot_hue_lightchange' },
  { say: 'muda a cor do candeeiro para vermelho', intent: 'iot_hue_lightchange' },
  { say: 'põe um temporizador de 10 minutos', intent: 'alarm_set' },
  { say: 'temporizador de 25 minutos para a pizza', intent: 'alarm_set' },
  { say: 'põe um alarme para as 7 da manhã', intent: 'alarm_set' },
  { say: 'adiciona leite à lista de compras', intent: 'lists_createoradd' },
  { say: 'põe ovos e pão na lista das compras', intent: 'lists_createoradd' },
  { say: 'aumenta o volume', intent: 'audio_volume_up' },
  { say: 'baixa um pouco o som', intent: 'audio_volume_down' },
  { say: 'silencia a coluna', intent: 'audio_volume_mute' },
  { say: 'marca na agenda uma consulta no dentista na sexta às 3 da tarde', intent: 'calendar_set' },
  { say: 'vai chover amanhã', intent: 'weather_query' },
  { say: 'que horas são', intent: 'datetime_query' },
];

export default cases;
