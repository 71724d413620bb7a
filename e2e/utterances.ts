/**
 * Utterances in ten scripts with the intent the shipped model gives for them and the slots it
 * must highlight. Written for this project (not taken from MASSIVE). A slot expectation names
 * the label and a word the highlighted span must contain, so it tolerates where exactly a span
 * ends (`seven` vs `seven am`) but not a wrong label or a missing highlight.
 */

/** One end-to-end parse expectation. */
export interface ParseCase {
  script: string;
  locale: string;
  text: string;
  intent: string;
  /** Each needs a highlighted span with this label whose text contains `text`. */
  slots: ReadonlyArray<{ label: string; text: string }>;
}

export const PARSE_CASES: readonly ParseCase[] = [
  { script: 'Latin', locale: 'en-US', text: 'set an alarm for seven am tomorrow', intent: 'alarm_set',
    slots: [{ label: 'time', text: 'seven' }, { label: 'date', text: 'tomorrow' }] },
  { script: 'Latin', locale: 'de-DE', text: 'schalte das licht in der küche aus', intent: 'iot_hue_lightoff',
    slots: [{ label: 'house_place', text: 'küche' }] },
  { script: 'Cyrillic', locale: 'ru-RU', text: 'выключи свет на кухне', intent: 'iot_hue_lightoff',
    slots: [{ label: 'house_place', text: 'кухне' }] },
  { script: 'Greek', locale: 'el-GR', text: 'βάλε ξυπνητήρι για τις επτά το πρωί', intent: 'alarm_set',
    slots: [{ label: 'time', text: 'επτά' }] },
  { script: 'Arabic', locale: 'ar-SA', text: 'اضبط المنبه على الساعة السابعة صباحا', intent: 'alarm_set',
    slots: [{ label: 'time', text: 'السابعة' }] },
  { script: 'Hebrew', locale: 'he-IL', text: 'תוסיף חלב לרשימת הקניות שלי', intent: 'lists_createoradd',
    slots: [{ label: 'list_name', text: 'הקניות' }] },
  { script: 'Devanagari', locale: 'hi-IN', text: 'कल सुबह सात बजे का अलार्म लगाओ', intent: 'alarm_set',
    slots: [{ label: 'date', text: 'कल' }, { label: 'time', text: 'सात' }] },
  { script: 'CJK', locale: 'zh-CN', text: '明天早上七点设个闹钟', intent: 'alarm_set',
    slots: [{ label: 'date', text: '明天' }, { label: 'time', text: '七点' }] },
  { script: 'CJK', locale: 'ja-JP', text: '明日の朝七時にアラームをセットして', intent: 'alarm_set',
    slots: [{ label: 'date', text: '明日' }] },
  { script: 'Thai', locale: 'th-TH', text: 'ปิด ไฟ ใน ห้องครัว', intent: 'iot_hue_lightoff',
    slots: [{ label: 'house_place', text: 'ห้องครัว' }] },
  { script: 'Ethiopic', locale: 'am-ET', text: 'ነገ ጠዋት ለአንድ ሰዓት ማንቂያ አዘጋጅ', intent: 'alarm_set',
    slots: [{ label: 'date', text: 'ነገ' }] },
  { script: 'Khmer', locale: 'km-KH', text: 'បិទ ភ្លើង នៅក្នុង ផ្ទះបាយ', intent: 'iot_hue_lightoff',
    slots: [{ label: 'house_place', text: 'ផ្ទះបាយ' }] },
];
