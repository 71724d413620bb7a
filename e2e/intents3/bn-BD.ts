// Third blind smart-home intent set: written on 5 December 2026 without reading the code, the training data or the earlier sets; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'রান্নাঘরের বাতিটা জ্বালাও', intent: 'iot_hue_lighton', note: '"turn on the kitchen light"' },
  { say: 'এখানে খুব অন্ধকার লাইটটা জ্বালিয়ে দাও', intent: 'iot_hue_lighton', note: '"it is very dark here, switch the light on"' },
  { say: 'শোবার ঘরের বাতি নিভিয়ে দাও', intent: 'iot_hue_lightoff', note: '"turn off the bedroom light"' },
  { say: 'বসার ঘরের সব লাইট বন্ধ করে দাও', intent: 'iot_hue_lightoff', note: '"switch off all the living room lights"' },
  { say: 'ডাইনিং রুমের আলো একটু কমিয়ে দাও', intent: 'iot_hue_lightdim', note: '"dim the dining room light a little"' },
  { say: 'পড়ার ঘরের আলো আরেকটু বাড়িয়ে দাও', intent: 'iot_hue_lightup', note: '"make the study light a bit brighter"' },
  { say: 'শোবার ঘরের লাইটের রং লাল করে দাও', intent: 'iot_hue_lightchange', note: '"make the bedroom light colour red"' },
  { say: 'রোবট ভ্যাকুয়াম দিয়ে বারান্দাটা পরিষ্কার করো', intent: 'iot_cleaning', note: '"clean the veranda with the robot vacuum"' },
  { say: 'আমার জন্য এক কাপ কফি বানাও', intent: 'iot_coffee', note: '"make me a cup of coffee"' },
  { say: 'ফ্যানের সকেটটা চালু করে দাও', intent: 'iot_wemo_on', note: '"switch on the fan socket"' },
  { say: 'টিভির প্লাগটা বন্ধ করে দাও', intent: 'iot_wemo_off', note: '"switch off the TV plug"' },
  { say: 'কাল ভোর সাড়ে পাঁচটায় অ্যালার্ম দিয়ে রাখো', intent: 'alarm_set', note: '"set an alarm for half past five tomorrow morning"' },
  { say: '১৫ মিনিটের টাইমার সেট করো', intent: 'alarm_set', note: '"set a 15 minute timer"' },
  { say: 'আমার অ্যালার্ম কয়টায় দেওয়া আছে', intent: 'alarm_query', note: '"what time is my alarm set for"' },
  { say: 'কালকের অ্যালার্মটা মুছে দাও', intent: 'alarm_remove', note: '"delete tomorrow’s alarm"' },
  { say: 'আওয়াজ বাড়াও', intent: 'audio_volume_up', note: '"turn the volume up"' },
  { say: 'ভলিউম একটু কমাও', intent: 'audio_volume_down', note: '"turn the volume down a bit"' },
  { say: 'শব্দ একদম বন্ধ করে দাও', intent: 'audio_volume_mute', note: '"turn the sound off completely (mute)"' },
  { say: 'জেমসের গান বাজাও', intent: 'play_music', note: '"play songs by James"' },
  { say: 'রেডিও ফুর্তি চালাও', intent: 'play_radio', note: '"put on Radio Foorti"' },
  { say: 'আজকে ঢাকায় কি বৃষ্টি হবে', intent: 'weather_query', note: '"will it rain in Dhaka today"' },
  { say: 'এখন কয়টা বাজে', intent: 'datetime_query', note: '"what time is it now"' },
  { say: 'বাজারের লিস্টে ডিম আর পেঁয়াজ যোগ করো', intent: 'lists_createoradd', note: '"add eggs and onions to the shopping list"' },
  { say: 'বৃহস্পতিবার বিকেল চারটায় ডাক্তারের অ্যাপয়েন্টমেন্ট ক্যালেন্ডারে লিখে রাখো', intent: 'calendar_set', note: '"put the doctor appointment on Thursday at four pm in the calendar"' },
];

export default cases;
