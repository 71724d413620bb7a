// Second blind smart-home intent set: written on 4 December 2026 without reading the code, the training data or the first set; measure, do not tune on it.
import type { IntentCase } from '../intents/index.ts';

const cases: readonly IntentCase[] = [
  { say: 'বসার ঘরের লাইটটা জ্বালাও', intent: 'iot_hue_lighton' },
  { say: 'এখানে খুব অন্ধকার লাইটটা একটু জ্বালিয়ে দাও', intent: 'iot_hue_lighton', note: '"it is very dark here, put the light on a bit"' },
  { say: 'রান্নাঘরের বাতি অন করো', intent: 'iot_hue_lighton' },
  { say: 'শোবার ঘরের বাতিটা একটু জ্বালাবে', intent: 'iot_hue_lighton', note: '"will you light the bedroom lamp" (polite request)' },
  { say: 'সব লাইট বন্ধ করে দাও', intent: 'iot_hue_lightoff' },
  { say: 'বারান্দার বাতিটা নিভিয়ে দাও', intent: 'iot_hue_lightoff' },
  { say: 'ঘুমাতে যাচ্ছি লাইট অফ করে দাও', intent: 'iot_hue_lightoff' },
  { say: 'লাইটের আলো একটু কমিয়ে দাও', intent: 'iot_hue_lightdim' },
  { say: 'লাইটের ব্রাইটনেস ২০ পার্সেন্টে নামিয়ে আনো', intent: 'iot_hue_lightdim' },
  { say: 'লাইটটা আরেকটু উজ্জ্বল করো', intent: 'iot_hue_lightup' },
  { say: 'পড়ার ঘরের আলো বাড়িয়ে দাও', intent: 'iot_hue_lightup', note: '"raise the light in the study room"' },
  { say: 'লাইটের রং নীল করে দাও', intent: 'iot_hue_lightchange' },
  { say: 'বসার ঘরের বাতির রং বদলে লাল করো', intent: 'iot_hue_lightchange' },
  { say: 'ভাত বসিয়েছি ১৫ মিনিটের টাইমার দাও', intent: 'alarm_set', note: '"rice is on the stove, give me a 15 minute timer"' },
  { say: 'ব্যায়াম করব আধা ঘণ্টার একটা টাইমার সেট করো', intent: 'alarm_set', note: 'timer for exercise' },
  { say: 'কাল সকাল সাড়ে ছয়টায় আমাকে ঘুম থেকে তুলে দিও', intent: 'alarm_set', note: 'wake me at 6:30 tomorrow morning' },
  { say: 'বাজারের লিস্টে ডিম আর পেঁয়াজ যোগ করো', intent: 'lists_createoradd' },
  { say: 'আমার কাজের তালিকায় বিদ্যুৎ বিল দেওয়া লিখে রাখো', intent: 'lists_createoradd', note: 'add "pay electricity bill" to my to-do list' },
  { say: 'গানের আওয়াজ আরেকটু বাড়াও', intent: 'audio_volume_up' },
  { say: 'ভলিউম কমাও অনেক জোরে বাজছে', intent: 'audio_volume_down' },
  { say: 'স্পিকারটা মিউট করে দাও', intent: 'audio_volume_mute' },
  { say: 'বৃহস্পতিবার বিকাল চারটায় ডাক্তারের অ্যাপয়েন্টমেন্ট ক্যালেন্ডারে তুলে রাখো', intent: 'calendar_set' },
  { say: 'আজকে কি বৃষ্টি হবে', intent: 'weather_query' },
  { say: 'এখন কয়টা বাজে', intent: 'datetime_query' },
];

export default cases;
