// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'licht in der küche an', intent: 'iot_hue_lighton' },
  { say: 'kannst du bitte die lampe im schlafzimmer einschalten', intent: 'iot_hue_lighton' },
  { say: 'es ist so dunkel hier mach mal das licht an', intent: 'iot_hue_lighton' },
  { say: 'wohnzimmerlicht anmachen', intent: 'iot_hue_lighton' },
  { say: 'badlicht aus', intent: 'iot_hue_lightoff' },
  { say: 'schalte alle lichter im erdgeschoss aus', intent: 'iot_hue_lightoff' },
  { say: 'mach das licht im flur aus', intent: 'iot_hue_lightoff' },
  { say: 'dimm das licht im wohnzimmer', intent: 'iot_hue_lightdim' },
  { say: 'stell die helligkeit im schlafzimmer auf 20 prozent runter', intent: 'iot_hue_lightdim' },
  { say: 'kannst du es hier ein bisschen heller machen', intent: 'iot_hue_lightup' },
  { say: 'mach das küchenlicht heller', intent: 'iot_hue_lightup' },
  { say: 'mach das licht im wohnzimmer blau', intent: 'iot_hue_lightchange' },
  { say: 'ändere die farbe der stehlampe in grün', intent: 'iot_hue_lightchange' },
  { say: 'stell einen timer auf 10 minuten', intent: 'alarm_set' },
  { say: 'starte einen timer für 25 minuten für die pizza', intent: 'alarm_set' },
  { say: 'weck mich morgen um 6 uhr 30', intent: 'alarm_set' },
  { say: 'setz milch auf die einkaufsliste', intent: 'lists_createoradd' },
  { say: 'füge eier und butter zur einkaufsliste hinzu', intent: 'lists_createoradd' },
  { say: 'mach die musik lauter', intent: 'audio_volume_up' },
  { say: 'bitte etwas leiser', intent: 'audio_volume_down' },
  { say: 'schalte den lautsprecher stumm', intent: 'audio_volume_mute' },
  { say: 'trag für freitag um 15 uhr einen zahnarzttermin in meinen kalender ein', intent: 'calendar_set' },
  { say: 'wie wird das wetter morgen', intent: 'weather_query' },
  { say: 'wie spät ist es', intent: 'datetime_query' },
];

export default cases;
