// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'បើកភ្លើងបន្ទប់ទទួលភ្ញៀវ', intent: 'iot_hue_lighton' },
  { say: 'ងងឹតណាស់ជួយបើកភ្លើងបន្ទប់គេងផង', intent: 'iot_hue_lighton', note: '"it\'s very dark, please turn on the bedroom light"' },
  { say: 'បិទភ្លើងនៅផ្ទះបាយទៅ', intent: 'iot_hue_lightoff' },
  { say: 'បិទភ្លើងទាំងអស់ក្នុងផ្ទះ', intent: 'iot_hue_lightoff' },
  { say: 'បន្ថយពន្លឺភ្លើងបន្ទប់ទទួលភ្ញៀវបន្តិច', intent: 'iot_hue_lightdim', note: '"lower the living room light brightness a little"' },
  { say: 'ធ្វើឲ្យភ្លើងបន្ទប់ធ្វើការភ្លឺជាងនេះ', intent: 'iot_hue_lightup', note: '"make the office room light brighter"' },
  { say: 'ប្តូរពណ៌ភ្លើងបន្ទប់គេងទៅពណ៌ខៀវ', intent: 'iot_hue_lightchange' },
  { say: 'ឲ្យរ៉ូបូតបូមធូលីសម្អាតបន្ទប់ទទួលភ្ញៀវ', intent: 'iot_cleaning', note: '"have the robot vacuum clean the living room"' },
  { say: 'ប្រើម៉ាស៊ីនកាហ្វេឆុងកាហ្វេមួយកែវឲ្យខ្ញុំ', intent: 'iot_coffee' },
  { say: 'បើកព្រីឆ្លាតវៃដែលដោតកង្ហារ', intent: 'iot_wemo_on', note: '"turn on the smart plug the fan is plugged into"' },
  { say: 'បិទព្រីឆ្លាតវៃដែលដោតឆ្នាំងដាំបាយ', intent: 'iot_wemo_off', note: '"turn off the smart plug the rice cooker is plugged into"' },
  { say: 'កំណត់នាឡិការោទ៍ម៉ោងប្រាំកន្លះព្រឹកស្អែក', intent: 'alarm_set', note: '"set an alarm for 5:30 tomorrow morning"' },
  { say: 'កំណត់ម៉ោងរាប់ថយក្រោយ១០នាទី', intent: 'alarm_set', note: '"set a 10 minute countdown timer"' },
  { say: 'ខ្ញុំបានដាក់នាឡិការោទ៍ម៉ោងប៉ុន្មានខ្លះ', intent: 'alarm_query' },
  { say: 'លុបនាឡិការោទ៍ម៉ោងប្រាំពីរចោល', intent: 'alarm_remove' },
  { say: 'បង្កើនសំឡេងឡើងបន្តិច', intent: 'audio_volume_up' },
  { say: 'បន្ថយសំឡេងបន្តិច', intent: 'audio_volume_down' },
  { say: 'បិទសំឡេងសិន', intent: 'audio_volume_mute' },
  { say: 'ចាក់ចម្រៀងព្រាបសុវត្ថិ', intent: 'play_music', note: '"play Preap Sovath songs"' },
  { say: 'បើកវិទ្យុជាតិកម្ពុជា', intent: 'play_radio', note: '"turn on National Radio of Cambodia"' },
  { say: 'ស្អែកនៅភ្នំពេញភ្លៀងទេ', intent: 'weather_query' },
  { say: 'ថ្ងៃនេះថ្ងៃទីប៉ុន្មាន', intent: 'datetime_query' },
  { say: 'បន្ថែមពងមាន់និងទឹកត្រីទៅក្នុងបញ្ជីទិញឥវ៉ាន់', intent: 'lists_createoradd' },
  { say: 'ដាក់ការប្រជុំនៅថ្ងៃសុក្រម៉ោងពីររសៀលក្នុងប្រតិទិន', intent: 'calendar_set' },
];

export default cases;
