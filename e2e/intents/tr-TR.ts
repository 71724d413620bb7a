// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'mutfağın ışığını aç', intent: 'iot_hue_lighton' },
  { say: 'yatak odasındaki lambayı açar mısın lütfen', intent: 'iot_hue_lighton' },
  { say: 'burası çok karanlık ışığı yak', intent: 'iot_hue_lighton' },
  { say: 'salonun ışıklarını yak', intent: 'iot_hue_lighton' },
  { say: 'banyo ışığını kapat', intent: 'iot_hue_lightoff' },
  { say: 'alt kattaki bütün ışıkları kapat', intent: 'iot_hue_lightoff' },
  { say: 'koridorun ışığını söndür', intent: 'iot_hue_lightoff' },
  { say: 'salonun ışığını kıs', intent: 'iot_hue_lightdim' },
  { say: 'yatak odasının parlaklığını yüzde yirmiye düşür', intent: 'iot_hue_lightdim' },
  { say: 'burayı biraz daha aydınlatır mısın', intent: 'iot_hue_lightup' },
  { say: 'mutfak ışığını daha parlak yap', intent: 'iot_hue_lightup' },
  { say: 'salonun ışığını mavi yap', intent: 'iot_hue_lightchange' },
  { say: 'lambanın rengini kırmızıya çevir', intent: 'iot_hue_lightchange' },
  { say: '10 dakikalık zamanlayıcı kur', intent: 'alarm_set' },
  { say: 'pizza için 25 dakikalık sayaç başlat', intent: 'alarm_set' },
  { say: 'yarın sabah altı buçukta beni uyandır', intent: 'alarm_set' },
  { say: 'alışveriş listesine süt ekle', intent: 'lists_createoradd' },
  { say: 'alışveriş listeme yumurta ve ekmek yaz', intent: 'lists_createoradd' },
  { say: 'sesi yükselt', intent: 'audio_volume_up' },
  { say: 'sesi biraz kıs', intent: 'audio_volume_down' },
  { say: 'hoparlörü sessize al', intent: 'audio_volume_mute' },
  { say: 'cuma günü saat 3 için takvime diş hekimi randevusu ekle', intent: 'calendar_set' },
  { say: 'yarın yağmur yağacak mı', intent: 'weather_query' },
  { say: 'saat kaç', intent: 'datetime_query' },
];

export default cases;
