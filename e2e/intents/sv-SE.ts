// Blind smart-home intent set: written on 4 December 2026 without reading the training templates, the dialogue or MASSIVE; measure, do not tune on it.
import type { IntentCase } from './index.ts';

const cases: readonly IntentCase[] = [
  { say: 'tänd lampan i köket', intent: 'iot_hue_lighton' },
  { say: 'kan du sätta på lampan i sovrummet tack', intent: 'iot_hue_lighton' },
  { say: 'det är mörkt här tänd ljuset', intent: 'iot_hue_lighton' },
  { say: 'vardagsrumsbelysningen på', intent: 'iot_hue_lighton' },
  { say: 'släck i badrummet', intent: 'iot_hue_lightoff' },
  { say: 'stäng av alla lampor på nedervåningen', intent: 'iot_hue_lightoff' },
  { say: 'släck lampan i hallen', intent: 'iot_hue_lightoff' },
  { say: 'dimma ljuset i vardagsrummet', intent: 'iot_hue_lightdim' },
  { say: 'sänk ljusstyrkan i sovrummet till 20 procent', intent: 'iot_hue_lightdim' },
  { say: 'kan du göra det lite ljusare här inne', intent: 'iot_hue_lightup' },
  { say: 'höj ljusstyrkan i köket', intent: 'iot_hue_lightup' },
  { say: 'gör ljuset i vardagsrummet blått', intent: 'iot_hue_lightchange' },
  { say: 'ändra färgen på lampan till röd', intent: 'iot_hue_lightchange' },
  { say: 'sätt en timer på 10 minuter', intent: 'alarm_set' },
  { say: 'starta en timer på 25 minuter för pizzan', intent: 'alarm_set' },
  { say: 'väck mig klockan halv 7 i morgon', intent: 'alarm_set' },
  { say: 'lägg till mjölk på inköpslistan', intent: 'lists_createoradd' },
  { say: 'skriv upp ägg och bröd på handlingslistan', intent: 'lists_createoradd' },
  { say: 'höj volymen', intent: 'audio_volume_up' },
  { say: 'sänk ljudet lite', intent: 'audio_volume_down' },
  { say: 'stäng av ljudet', intent: 'audio_volume_mute' },
  { say: 'lägg in en tandläkartid i kalendern på fredag klockan 15', intent: 'calendar_set' },
  { say: 'kommer det att regna i morgon', intent: 'weather_query' },
  { say: 'vad är klockan', intent: 'datetime_query' },
];

export default cases;
