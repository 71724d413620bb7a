/** Timer and alarm-clock repairs: unmistakable words with a readable length or time. */
import { describe, expect, it } from 'vitest';
import { initialDialogState } from '../state.ts';
import { understood as u } from '../../../testing/dialog.ts';
import { repairIntent } from './index.ts';
import { timerRules } from './timer.ts';

const empty = initialDialogState();

describe('timer and alarm repairs', () => {
  it.each([
    ['en-US', 'timer for 40 seconds', 'datetime_query'],
    ['de-DE', 'kurzzeitwecker drei minuten', 'play_radio'],
    ['fr-FR', 'un minuteur de quinze minutes', 'audio_volume_mute'],
    ['es-ES', 'temporizador de dos horas', 'general_quirky'],
    ['ja-JP', '3分のタイマー', 'social_post'],
    ['tr-TR', 'iki dakikalık zamanlayıcı', 'calendar_query'],
    // "Count down" words ask for a timer too.
    ['pl-PL', 'odlicz pięć minut', 'audio_volume_mute'],
    ['en-US', 'count down ten minutes', 'general_quirky'],
    ['es-ES', 'cuenta atrás de dos minutos', 'music_query'],
    ['ru-RU', 'отсчитай четыре минуты', 'qa_factoid'],
  ])('%s "%s" read as %s is a timer', (locale, text, intent) => {
    expect(repairIntent(u(intent, text, [], locale, 0.4), empty, timerRules)).toMatchObject({ intent: 'alarm_set', scenario: 'alarm', repairedBy: 'timer-words' });
  });

  it('leaves a timer word without a length to a confident NLU, and "cancel the timer" alone', () => {
    expect(repairIntent(u('music_query', 'play the timer song', [], 'en-US', 0.8), empty, timerRules).intent).toBe('music_query');
    expect(repairIntent(u('alarm_remove', 'cancel the 5 minute timer'), empty, timerRules).intent).toBe('alarm_remove');
    expect(repairIntent(u('calendar_set', 'タイマーお願い', [], 'ja-JP', 0.15), empty, timerRules).intent).toBe('alarm_set');
  });

  it.each([
    ['en-US', 'wake me up on friday at twenty to seven', 'calendar_set'],
    ['en-US', "hey can you make sure i'm up at six forty five tomorrow morning", 'calendar_set'],
    ['en-US', 'make sure i am up by 7', 'reminder_set'],
    ['pl-PL', 'obudź mnie o wpół do siódmej', 'qa_definition'],
    ['ar-SA', 'صحني الساعة 5 و 40', 'datetime_query'],
    ['ko-KR', '오전 5시 40분 알람', 'general_quirky'],
    ['tr-TR', 'beni yarın altıda kaldır', 'calendar_remove'],
    ['tr-TR', 'sabah beşte kaldır beni', 'lists_remove'],
  ])('%s "%s" read as %s is an alarm', (locale, text, intent) => {
    expect(repairIntent(u(intent, text, [], locale, 0.4), empty, timerRules)).toMatchObject({ intent: 'alarm_set', repairedBy: 'alarm-clock-time' });
  });

  it('confirms an unsure alarm_set; turns a removal with nothing to remove into a setting', () => {
    expect(repairIntent(u('alarm_set', 'sveglia alle 5 e 40', [], 'it-IT', 0.2), empty)).toMatchObject({ intent: 'alarm_set', confidence: 0.5 });
    expect(repairIntent(u('alarm_remove', '19時45分にアラーム', [], 'ja-JP', 0.5), empty, timerRules).intent).toBe('alarm_set');
    const one = { ...empty, alarms: [{ id: 'a', kind: 'alarm' as const, at: 0, locale: 'ja-JP', ringing: false }] };
    expect(repairIntent(u('alarm_remove', '19時45分にアラーム', [], 'ja-JP', 0.5), one, timerRules).intent).toBe('alarm_remove');
  });

  it.each([
    ['ja-JP', '7時のアラーム削除して'],
    ['zh-CN', '把早上七点的闹钟删了'],
    ['ko-KR', '7시 알람 삭제해 줘'],
    ['sw-KE', 'futa kengele ya saa moja asubuhi'],
    ['en-US', 'delete my 7 am alarm'],
  ])('%s "%s": a removal that says its remove verb stays one with nothing to remove', (locale, text) => {
    expect(repairIntent(u('alarm_remove', text, [], locale, 0.9), empty, timerRules).intent).toBe('alarm_remove');
  });

  it('reads an unsure time question without a pack that says an alarm and a question word as a question about the alarms', () => {
    expect(repairIntent(u('calendar_query', 'ನನ್ನ ಅಲಾರ್ಮ್ ಎಷ್ಟು ಗಂಟೆಗೆ ಇಟ್ಟಿದೆ', [], 'kn-IN', 0.44), empty, timerRules)).toMatchObject({ intent: 'alarm_query', repairedBy: 'alarm-question-words' });
    expect(repairIntent(u('datetime_query', 'mikä herätys on huomenna', [], 'fi-FI', 0.4), empty, timerRules).intent).toBe('alarm_query');
    expect(repairIntent(u('calendar_query', 'mitkä herätykset on asetettu kello seitsemälle', [], 'fi-FI', 0.4), empty, timerRules).intent).toBe('alarm_query');
    // Sure, or without the alarm word, it stays.
    expect(repairIntent(u('calendar_query', 'ನನ್ನ ಅಲಾರ್ಮ್ ಎಷ್ಟು ಗಂಟೆಗೆ ಇಟ್ಟಿದೆ', [], 'kn-IN', 0.7), empty, timerRules).intent).toBe('calendar_query');
    expect(repairIntent(u('calendar_query', 'ನಾಳೆ ಮೀಟಿಂಗ್ ಎಷ್ಟು ಗಂಟೆಗೆ', [], 'kn-IN', 0.4), empty, timerRules).intent).toBe('calendar_query');
  });

  it('an alarm word without a time stays what the NLU said', () => {
    expect(repairIntent(u('general_quirky', 'i hate my alarm', [], 'en-US', 0.6), empty, timerRules).intent).toBe('general_quirky');
    // "Kaldır" without "beni" is a removal.
    expect(repairIntent(u('calendar_remove', 'yarın altıdaki toplantıyı kaldır', [], 'tr-TR', 0.6), empty, timerRules).intent).toBe('calendar_remove');
    // "Remove me from the list": no time in it.
    expect(repairIntent(u('lists_remove', 'beni listeden kaldır', [], 'tr-TR', 0.6), empty, timerRules).intent).toBe('lists_remove');
  });
});

describe('alarm words in languages without a pack', () => {
  it.each([
    ['fi-FI', 'herätä mut huomenna aamulla kello viisi', 'audio_volume_mute', 0.46],
    ['sv-SE', 'väck mig klockan sju', 'play_music', 0.3],
    ['el-GR', 'βάλε ξυπνητήρι στις επτά', 'calendar_set', 0.5],
    ['my-MM', 'မနက် ခြောက်နာရီ နှိုးစက်', 'transport_taxi', 0.5],
    // No time, but the NLU is only guessing: the alarm is asked for ("for what time?").
    ['am-ET', 'አላርም አዘጋጅልኝ', 'news_query', 0.15],
  ])('%s "%s" read as %s at %s is a new alarm', (locale, text, intent, confidence) => {
    expect(repairIntent(u(intent, text, [], locale, confidence), empty, timerRules)).toMatchObject({ intent: 'alarm_set', repairedBy: 'alarm-words' });
  });

  it.each([
    ['sv-SE', 'stäng av larmet klockan sju', 'audio_volume_mute', 0.4], // a cancel word
    ['fi-FI', 'mitkä herätykset on asetettu kello seitsemälle', 'play_music', 0.4], // a question
    ['el-GR', 'ξύπνα', 'general_quirky', 0.4], // no time: a remark
    ['fi-FI', 'herätä minut kello viisi', 'calendar_set', 0.7], // the NLU is sure of something else
  ])('%s "%s" read as %s at %s stays', (locale, text, intent, confidence) => {
    expect(repairIntent(u(intent, text, [], locale, confidence), empty, timerRules).intent).toBe(intent);
  });

  it.each<[string, string]>([
    ['tr-TR', 'gece onu çeyrek geçe alarm kur'],
    ['ja-JP', 'アラームセットして'],
    ['en-US', 'set an alarm please'],
    ['de-DE', 'stell mir einen wecker'],
    ['ru-RU', 'поставь будильник'],
    ['ko-KR', '알람 맞춰 줘'],
  ])('%s "%s": a removal reading with a set verb and no remove verb sets an alarm', (locale, text) => {
    expect(repairIntent(u('alarm_remove', text, [], locale, 0.8), empty)).toMatchObject({ intent: 'alarm_set', repairedBy: 'alarm-set-verb' });
  });

  it.each<[string, string]>([
    ['zh-CN', '移除我设的所有闹钟'],
    ['tr-TR', 'sabah sekiz alarmımdan kurtul'],
    ['tr-TR', 'bugün için ayarlanmış tüm alarmları devre dışı bırak'],
    ['it-IT', 'puoi rimuovere le sveglie impostate tra le otto e le nove'],
    ['ko-KR', '내일 로 설정된 알람 제거'],
    ['nl-NL', 'verander mijn wekker'],
    ['de-DE', 'ich brauche den siebzehn uhr wecker nicht mehr'],
    ['es-ES', 'no me despiertes los fines de semana'],
    ['pt-PT', 'ensina as crianças a nunca abrirem a porta'],
  ])('%s "%s": a removal naming the alarm by its setting, or saying no set verb, stays a removal', (locale, text) => {
    expect(repairIntent(u('alarm_remove', text, [], locale, 0.6), empty).intent).toBe('alarm_remove');
  });

  it('an unsure question about alarms that begins or ends with a bare set verb and names the time sets one', () => {
    expect(repairIntent(u('alarm_query', 'gece onu çeyrek geçe alarm kur', [], 'tr-TR', 0.65), empty)).toMatchObject({ intent: 'alarm_set', repairedBy: 'alarm-set-verb' });
    expect(repairIntent(u('alarm_query', 'set an alarm for seven thirty', [], 'en-US', 0.5), empty).intent).toBe('alarm_set');
    // A question says the verb inside it; no time, a remove verb or a sure reading: the question stays.
    expect(repairIntent(u('alarm_query', 'did i set an alarm for seven thirty', [], 'en-US', 0.5), empty).intent).toBe('alarm_query');
    expect(repairIntent(u('alarm_query', 'yedide kurduğum alarm var mı', [], 'tr-TR', 0.5), empty).intent).toBe('alarm_query');
    expect(repairIntent(u('alarm_query', 'alarm kur', [], 'tr-TR', 0.5), empty).intent).toBe('alarm_query');
    expect(repairIntent(u('alarm_query', 'gece onu çeyrek geçe alarm kur', [], 'tr-TR', 0.75), empty).intent).toBe('alarm_query');
  });

  it('a removal the NLU is sure of stays one whatever set verb it says', () => {
    expect(repairIntent(u('alarm_remove', 'alarm ayarlarını değiştir', [], 'tr-TR', 0.9), empty).intent).toBe('alarm_remove');
    expect(repairIntent(u('alarm_remove', 'alarm ayarlarını değiştir', [], 'tr-TR', 0.5), empty).intent).toBe('alarm_set');
    // "weck mich" is a set verb, "wecker" (the alarm) is not
    expect(repairIntent(u('alarm_remove', 'weck mich um sieben', [], 'de-DE', 0.6), empty).intent).toBe('alarm_set');
  });

  it('a removal that says remove stays one, also beside a set word', () => {
    expect(repairIntent(u('alarm_remove', 'kurulu alarmı sil', [], 'tr-TR', 0.8), empty).intent).toBe('alarm_remove');
    expect(repairIntent(u('alarm_remove', 'アラームを消して', [], 'ja-JP', 0.8), empty).intent).toBe('alarm_remove');
    expect(repairIntent(u('alarm_remove', 'delete the alarm i set', [], 'en-US', 0.8), empty).intent).toBe('alarm_remove');
    expect(repairIntent(u('alarm_remove', 'zet de wekker uit', [], 'nl-NL', 0.8), empty).intent).toBe('alarm_remove');
    // "reset" is no "set"
    expect(repairIntent(u('alarm_remove', 'reset my alarms', [], 'en-US', 0.8), empty).intent).toBe('alarm_remove');
  });
});
