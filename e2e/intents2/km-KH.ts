// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'បើកភ្លើងបន្ទប់ទទួលភ្ញៀវ', intent: 'iot_hue_lighton' },
  { say: 'ងងឹតណាស់ ជួយបើកភ្លើងផង', intent: 'iot_hue_lighton', note: '"very dark, please turn on the light"' },
  { say: 'បើកភ្លើងនៅផ្ទះបាយ', intent: 'iot_hue_lighton' },
  { say: 'សូមបើកចង្កៀងនៅបន្ទប់គេង', intent: 'iot_hue_lighton' },
  { say: 'បិទភ្លើងទាំងអស់', intent: 'iot_hue_lightoff' },
  { say: 'ជួយបិទភ្លើងបន្ទប់ទឹកផង', intent: 'iot_hue_lightoff' },
  { say: 'ខ្ញុំចូលគេងហើយ បិទភ្លើងទៅ', intent: 'iot_hue_lightoff' },
  { say: 'បន្ថយពន្លឺភ្លើងបន្តិច', intent: 'iot_hue_lightdim' },
  { say: 'បន្ថយពន្លឺភ្លើងឲ្យនៅត្រឹមម្ភៃភាគរយ', intent: 'iot_hue_lightdim', note: 'lower brightness to 20 percent' },
  { say: 'បង្កើនពន្លឺភ្លើងបន្តិចទៀត', intent: 'iot_hue_lightup' },
  { say: 'ធ្វើឲ្យភ្លើងក្នុងបន្ទប់ធ្វើការភ្លឺជាងនេះ', intent: 'iot_hue_lightup' },
  { say: 'ប្ដូរភ្លើងទៅពណ៌ខៀវ', intent: 'iot_hue_lightchange' },
  { say: 'ដាក់ភ្លើងបន្ទប់គេងជាពណ៌ក្រហម', intent: 'iot_hue_lightchange' },
  { say: 'កំណត់ពេលដប់ប្រាំនាទី ខ្ញុំកំពុងដាំបាយ', intent: 'alarm_set', note: 'timer 15 minutes, cooking rice' },
  { say: 'សូមកំណត់ពេលសាមសិបនាទីសម្រាប់ខ្ញុំហាត់ប្រាណ', intent: 'alarm_set', note: '30 minute timer for exercise' },
  { say: 'ដាស់ខ្ញុំម៉ោងប្រាំមួយកន្លះព្រឹកស្អែក', intent: 'alarm_set', note: 'wake me at 6:30 tomorrow morning' },
  { say: 'បន្ថែមស៊ុតនិងទឹកត្រីក្នុងបញ្ជីទិញឥវ៉ាន់', intent: 'lists_createoradd', note: 'eggs and fish sauce' },
  { say: 'ដាក់បង់ថ្លៃទឹកក្នុងបញ្ជីកិច្ចការត្រូវធ្វើ', intent: 'lists_createoradd', note: 'to-do: pay the water bill' },
  { say: 'បើកសំឡេងឲ្យខ្លាំងជាងនេះ', intent: 'audio_volume_up' },
  { say: 'បន្ថយសំឡេងបន្តិច', intent: 'audio_volume_down' },
  { say: 'បិទសំឡេងសិន', intent: 'audio_volume_mute', note: '"mute for now"' },
  { say: 'កត់ចូលប្រតិទិន ណាត់ជួបពេទ្យថ្ងៃព្រហស្បតិ៍ម៉ោងបីរសៀល', intent: 'calendar_set' },
  { say: 'ថ្ងៃនេះអាកាសធាតុយ៉ាងម៉េចដែរ', intent: 'weather_query' },
  { say: 'ឥឡូវម៉ោងប៉ុន្មានហើយ', intent: 'datetime_query' },
];

export default cases;
