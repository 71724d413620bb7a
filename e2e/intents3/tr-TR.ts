// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'mutfağın ışığını aç', intent: 'iot_hue_lighton' },
  { say: 'burası çok karanlık lambayı yak', intent: 'iot_hue_lighton', note: '"it is very dark here, light the lamp"' },
  { say: 'yatak odasının ışığını kapat', intent: 'iot_hue_lightoff' },
  { say: 'koridordaki ışıkları söndür', intent: 'iot_hue_lightoff' },
  { say: 'salondaki ışığı biraz kıs', intent: 'iot_hue_lightdim' },
  { say: 'çalışma odasındaki ışıkların parlaklığını artır', intent: 'iot_hue_lightup' },
  { say: 'ışığın rengini maviye çevir', intent: 'iot_hue_lightchange' },
  { say: 'robot süpürgeyi yemek odasında çalıştır', intent: 'iot_cleaning' },
  { say: 'bana bir kahve yap', intent: 'iot_coffee' },
  { say: 'vantilatörün takılı olduğu akıllı prizi aç', intent: 'iot_wemo_on' },
  { say: 'garajdaki akıllı prizi kapat', intent: 'iot_wemo_off' },
  { say: 'yarın sabah beni altı buçukta uyandır', intent: 'alarm_set' },
  { say: '12 dakikalık bir zamanlayıcı kur', intent: 'alarm_set' },
  { say: 'alarmım saat kaça kurulu', intent: 'alarm_query' },
  { say: 'saat yedideki alarmı sil', intent: 'alarm_remove' },
  { say: 'sesi biraz yükselt', intent: 'audio_volume_up' },
  { say: 'sesi biraz kıs', intent: 'audio_volume_down' },
  { say: 'sessize al', intent: 'audio_volume_mute' },
  { say: "tarkan'dan bir şarkı çal", intent: 'play_music' },
  { say: "radyoda kral fm'i aç", intent: 'play_radio' },
  { say: 'yarın hava nasıl olacak', intent: 'weather_query' },
  { say: 'bugün ayın kaçı', intent: 'datetime_query' },
  { say: 'alışveriş listesine süt ve yumurta ekle', intent: 'lists_createoradd' },
  { say: 'takvime perşembe saat üçe dişçi randevusu ekle', intent: 'calendar_set' },
];

export default cases;
