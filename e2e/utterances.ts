/**
 * Utterances in ten scripts with the intent and slot spans the shipped model gives for them.
 * Written for this project (not taken from MASSIVE) and checked against the real model.
 */

/** One end-to-end parse expectation. */
export interface ParseCase {
  script: string;
  locale: string;
  text: string;
  intent: string;
  /** Slot spans the page must highlight (label and exact text); others may appear too. */
  slots: ReadonlyArray<{ label: string; text: string }>;
}

export const PARSE_CASES: readonly ParseCase[] = [
  { script: 'Latin', locale: 'en-US', text: 'wake me up at seven am tomorrow', intent: 'alarm_set',
    slots: [{ label: 'time', text: 'seven am' }, { label: 'date', text: 'tomorrow' }] },
  { script: 'Cyrillic', locale: 'ru-RU', text: 'разбуди меня завтра в семь утра', intent: 'alarm_set',
    slots: [{ label: 'date', text: 'завтра' }] },
  { script: 'Greek', locale: 'el-GR', text: 'άναψε τα φώτα στην κουζίνα', intent: 'iot_hue_lighton',
    slots: [{ label: 'house_place', text: 'κουζίνα' }] },
  { script: 'Arabic', locale: 'ar-SA', text: 'شغل الأضواء في المطبخ', intent: 'iot_hue_lighton',
    slots: [{ label: 'house_place', text: 'المطبخ' }] },
  { script: 'Hebrew', locale: 'he-IL', text: 'תדליק את האורות במטבח', intent: 'iot_hue_lighton',
    slots: [] },
  { script: 'Devanagari', locale: 'hi-IN', text: 'मुझे कल सुबह सात बजे जगा देना', intent: 'alarm_set',
    slots: [{ label: 'date', text: 'कल' }] },
  { script: 'CJK', locale: 'ja-JP', text: '明日の朝七時に起こして', intent: 'alarm_set',
    slots: [{ label: 'date', text: '明日' }] },
  { script: 'Thai', locale: 'th-TH', text: 'เปิด ไฟ ใน ห้องครัว', intent: 'iot_hue_lighton',
    slots: [{ label: 'house_place', text: 'ห้องครัว' }] },
  { script: 'Ethiopic', locale: 'am-ET', text: 'አሁን ስንት ሰዓት ነው', intent: 'datetime_query',
    slots: [] },
  { script: 'Khmer', locale: 'km-KH', text: 'បើក ភ្លើង នៅក្នុង ផ្ទះបាយ', intent: 'iot_hue_lighton',
    slots: [{ label: 'house_place', text: 'ផ្ទះបាយ' }] },
];
