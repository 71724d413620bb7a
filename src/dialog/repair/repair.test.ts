/** Intent repairs: the device state decides between close light intents. */
import { describe, expect, it } from 'vitest';
import { initialDialogState } from '../state.ts';
import { understood as u } from '../../../testing/dialog.ts';
import { repairIntent } from './index.ts';

const off = initialDialogState();
const on = { ...off, devices: { ...off.devices, light: { ...off.devices.light, on: true } } };

describe('repairIntent', () => {
  it('"brighten the light" with the light off turns it on; with it on, brightens', () => {
    expect(repairIntent(u('iot_hue_lightup', 'brighten the light'), off)).toMatchObject({ intent: 'iot_hue_lighton', scenario: 'iot', repairedBy: 'brighten-when-off' });
    expect(repairIntent(u('iot_hue_lightup', 'brighten the light'), on).intent).toBe('iot_hue_lightup');
  });

  it('"off" for a light already off becomes "on" only when the NLU also considered "on"', () => {
    const torn = { ...u('iot_hue_lightoff', 'lights please', [], 'en-US', 0.45), alternatives: [{ intent: 'iot_hue_lighton', p: 0.4 }] };
    expect(repairIntent(torn, off).intent).toBe('iot_hue_lighton');
    expect(repairIntent(torn, on).intent).toBe('iot_hue_lightoff');
    expect(repairIntent(u('iot_hue_lightoff', 'turn off the light'), off).intent).toBe('iot_hue_lightoff');
  });

  it('a confident "off", or an "on" far behind, is never turned into "on"', () => {
    const confident = { ...u('iot_hue_lightoff', 'schalte das licht aus', [], 'de-DE', 0.82), alternatives: [{ intent: 'iot_hue_lighton', p: 0.1 }] };
    expect(repairIntent(confident, off).intent).toBe('iot_hue_lightoff');
    const farBehind = { ...u('iot_hue_lightoff', 'light off', [], 'en-US', 0.5), alternatives: [{ intent: 'iot_hue_lighton', p: 0.2 }] };
    expect(repairIntent(farBehind, off).intent).toBe('iot_hue_lightoff');
  });

  it.each<[string, string, string, number]>([
    ['hi-IN', 'अभी टाइम क्या है', 'datetime_query', 0.29],
    ['ar-SA', 'الساعة كم الحين', 'weather_query', 0.2],
    ['ko-KR', '지금 몇 시야', 'weather_query', 0.4],
    ['ru-RU', 'сколько времени сейчас', 'general_quirky', 0.35],
    ['tr-TR', 'şu an saat kaç acaba', 'weather_query', 0.3],
  ])('%s "%s": an unsure %s that asks for the time now is a time question', (locale, text, read, p) => {
    expect(repairIntent(u(read, text, [], locale, p), off)).toMatchObject({ intent: 'datetime_query', confidence: 0.5, repairedBy: 'time-question' });
  });

  it('without a pack, an unsure reading that asks for the time now is a time question; one about an alarm is not', () => {
    expect(repairIntent(u('general_quirky', 'ಈಗ ಸಮಯ ಎಷ್ಟು', [], 'kn-IN', 0.3), off)).toMatchObject({ intent: 'datetime_query', repairedBy: 'time-question-table' });
    expect(repairIntent(u('general_quirky', 'vad är klockan nu', [], 'sv-SE', 0.4), off).intent).toBe('datetime_query');
    // Sure of something else, or an alarm named: the reading stands.
    expect(repairIntent(u('general_quirky', 'vad är klockan nu', [], 'sv-SE', 0.7), off).intent).toBe('general_quirky');
    expect(repairIntent(u('calendar_query', 'vad är klockan på mitt larm', [], 'sv-SE', 0.4), off).intent).toBe('calendar_query');
  });

  it.each<[string, string]>([
    ['en-US', 'eggs and butter on the shopping list please'],
    ['de-DE', 'haferflocken auf die einkaufsliste bitte'],
    ['nl-NL', 'kaas op het lijstje graag'],
    ['fr-FR', 'du beurre sur la liste de courses'],
    ['es-ES', 'apúntame leche en la lista de la compra'],
  ])('%s "%s": a list question with an item to add is a request to add it', (locale, text) => {
    expect(repairIntent(u('lists_query', text, [], locale, 0.86), off)).toMatchObject({ intent: 'lists_createoradd', scenario: 'lists', repairedBy: 'list-item-to-add' });
  });

  it('a removal in which only the add patterns find an item is a request to add it', () => {
    expect(repairIntent(u('lists_remove', 'stick some batteries on my shopping list', [], 'en-US', 0.61), off).intent).toBe('lists_createoradd');
    expect(repairIntent(u('lists_remove', 'ajoute du riz à ma liste', [], 'fr-FR', 0.55), off).intent).toBe('lists_createoradd');
    expect(repairIntent(u('lists_remove', 'remove milk from my shopping list', [], 'en-US', 0.61), off).intent).toBe('lists_remove');
    expect(repairIntent(u('lists_remove', 'streich milch von der einkaufsliste', [], 'de-DE', 0.61), off).intent).toBe('lists_remove');
  });

  it.each<[string, string]>([
    ['en-US', "what's on my shopping list"],
    ['en-US', 'is there milk on the shopping list'],
    ['de-DE', 'was steht auf meiner einkaufsliste'],
    ['nl-NL', 'wat staat er op het lijstje'],
    ['fr-FR', "qu'est-ce qu'il y a sur ma liste"],
  ])('%s "%s": a list question stays one', (locale, text) => {
    expect(repairIntent(u('lists_query', text, [], locale, 0.86), off).intent).toBe('lists_query');
  });

  it.each<[string, string]>([
    ['ja-JP', '金曜の3時に歯医者の予定を入れて'],
    ['en-US', 'add dentist on friday at 3 pm'],
    ['de-DE', 'trag zahnarzt am freitag um 15 uhr ein'],
  ])('%s "%s": an alarm reading that names no alarm but says "put it in the calendar" is an event', (locale, text) => {
    expect(repairIntent(u('alarm_set', text, [], locale, 0.48), off)).toMatchObject({ intent: 'calendar_set', scenario: 'calendar', repairedBy: 'event-words' });
  });

  it.each<[string, string]>([
    ['ja-JP', '7時にアラームを入れて'],
    ['en-US', 'add an alarm for 7 am'],
    ['en-US', 'set one for 7 am'],
    ['ja-JP', '明日6時に起こして'],
  ])('%s "%s": an alarm reading with alarm words, or without calendar words, stays an alarm', (locale, text) => {
    expect(repairIntent(u('alarm_set', text, [], locale, 0.48), off).intent).toBe('alarm_set');
  });

  it('a confident alarm reading stays an alarm whatever its words', () => {
    expect(repairIntent(u('alarm_set', 'make it 7 30', [], 'en-US', 0.8), off).intent).toBe('alarm_set');
  });

  it('an unread utterance that names the light and a colour is a colour change', () => {
    expect(repairIntent(u('lists_createoradd', 'ابي الضوء أزرق', [], 'ar-SA', 0.16), off)).toMatchObject({ intent: 'iot_hue_lightchange', repairedBy: 'colour-and-light' });
    expect(repairIntent(u('general_quirky', 'ich will grünes licht', [], 'de-DE', 0.2), off).intent).toBe('iot_hue_lightchange');
    // Read, or without the light named, it stays.
    expect(repairIntent(u('lists_createoradd', 'ابي الضوء أزرق', [], 'ar-SA', 0.4), off).intent).toBe('lists_createoradd');
    expect(repairIntent(u('general_quirky', 'ich will ein grünes auto', [], 'de-DE', 0.2), off).intent).toBe('general_quirky');
    // Without a pack, through the light and colour tables: Tamil "make the light red" at 0.14.
    expect(repairIntent(u('play_music', 'விளக்கை சிவப்பா மாத்து', [], 'ta-IN', 0.14), off)).toMatchObject({ intent: 'iot_hue_lightchange', repairedBy: 'colour-and-light' });
    expect(repairIntent(u('play_music', 'சிவப்பா ஒரு பாட்டு போடு', [], 'ta-IN', 0.14), off).intent).toBe('play_music');
  });

  it('leaves time questions about an alarm, an event or a timer, and sure readings, alone', () => {
    expect(repairIntent(u('alarm_query', '알람 몇 시에 맞춰져 있어', [], 'ko-KR', 0.4), off).intent).toBe('alarm_query');
    expect(repairIntent(u('calendar_query', 'what time is my meeting', [], 'en-US', 0.3), off).intent).toBe('calendar_query');
    expect(repairIntent(u('general_quirky', '何時に起こしてくれる', [], 'ja-JP', 0.3), off).intent).toBe('general_quirky');
    expect(repairIntent(u('weather_query', 'what time is it in london', [], 'en-US', 0.8), off).intent).toBe('weather_query');
  });

  it.each<[string, string, string, string]>([
    ['nl-NL', 'maak het licht wat feller', 'iot_hue_lightdim', 'iot_hue_lightup'],
    ['de-DE', 'mach das licht etwas dunkler', 'iot_hue_lightup', 'iot_hue_lightdim'],
    ['ru-RU', 'сделай свет ярче', 'iot_hue_lightdim', 'iot_hue_lightup'],
    ['es-ES', 'pon la luz más tenue', 'iot_hue_lightup', 'iot_hue_lightdim'],
    ['ja-JP', '電気を暗くして', 'iot_hue_lightup', 'iot_hue_lightdim'],
    ['zh-CN', '把灯调亮一点', 'iot_hue_lightdim', 'iot_hue_lightup'],
    ['ar-SA', 'خفف الإضاءة شوي', 'iot_hue_lightup', 'iot_hue_lightdim'],
  ])('%s "%s": an unsure %s yields to the word that says the direction', (locale, text, read, meant) => {
    expect(repairIntent(u(read, text, [], locale, 0.53), on)).toMatchObject({ intent: meant, repairedBy: 'brightness-words' });
  });

  it('"on" with a brightness word for a light already on is the brightness; with the light off it stays "on"', () => {
    expect(repairIntent(u('iot_hue_lighton', 'زود الإضاءة', [], 'ar-SA', 0.63), on)).toMatchObject({ intent: 'iot_hue_lightup', repairedBy: 'brightness-words' });
    expect(repairIntent(u('iot_hue_lighton', 'mach das licht heller', [], 'de-DE', 0.9), on).intent).toBe('iot_hue_lightup');
    expect(repairIntent(u('iot_hue_lighton', 'زود الإضاءة', [], 'ar-SA', 0.63), off).intent).toBe('iot_hue_lighton');
    expect(repairIntent(u('iot_hue_lighton', 'turn on the light', [], 'en-US', 0.63), on).intent).toBe('iot_hue_lighton');
  });

  it('brightness words turn even a confident reading of the other direction; both directions at once, and other intents, stay', () => {
    expect(repairIntent(u('iot_hue_lightdim', 'maak het licht wat feller', [], 'nl-NL', 0.9), on).intent).toBe('iot_hue_lightup');
    expect(repairIntent(u('iot_hue_lightup', 'сделай свет потусклее', [], 'ru-RU', 0.9), on).intent).toBe('iot_hue_lightdim');
    expect(repairIntent(u('iot_hue_lighton', 'сделай свет потемнее', [], 'ru-RU', 0.7), on).intent).toBe('iot_hue_lightdim');
    expect(repairIntent(u('iot_hue_lightdim', 'dame un poco más de luz', [], 'es-ES', 0.9), on).intent).toBe('iot_hue_lightup');
    expect(repairIntent(u('iot_hue_lightdim', 'not brighter but darker', [], 'en-US', 0.5), on).intent).toBe('iot_hue_lightdim');
    expect(repairIntent(u('audio_volume_up', 'maak het licht wat feller', [], 'nl-NL', 0.9), on).intent).toBe('audio_volume_up');
  });

  it.each<[string, string, string, string]>([
    ['nl-NL', 'zet de lamp in de gang wat feller', 'iot_hue_lightoff', 'iot_hue_lightup'],
    ['de-DE', 'mach die stehlampe etwas dunkler', 'iot_hue_lightoff', 'iot_hue_lightdim'],
    ['nl-NL', 'kan het licht hier iets lichter', 'iot_hue_lightchange', 'iot_hue_lightup'],
    ['fr-FR', 'rends la lampe du salon plus sombre', 'iot_hue_lightchange', 'iot_hue_lightdim'],
  ])('%s "%s": a %s reading with a brightness word and no switch or colour word is the brightness', (locale, text, read, meant) => {
    expect(repairIntent(u(read, text, [], locale, 0.4), on)).toMatchObject({ intent: meant, repairedBy: 'brightness-words' });
  });

  it('a colour change that says a colour or the word "colour" (Korean 색 as a word, not inside 검색), or an "off" that says "off", stays', () => {
    expect(repairIntent(u('iot_hue_lightchange', 'mach das licht dunkler und blau', [], 'de-DE', 0.4), on).intent).toBe('iot_hue_lightchange');
    expect(repairIntent(u('iot_hue_lightchange', 'change the light colour to something darker', [], 'en-US', 0.9), on).intent).toBe('iot_hue_lightchange');
    expect(repairIntent(u('iot_hue_lightchange', '把灯的颜色调暗一点', [], 'zh-CN', 0.4), on).intent).toBe('iot_hue_lightchange');
    expect(repairIntent(u('iot_hue_lightchange', '거실 조명 색 어둡게 해줘', [], 'ko-KR', 0.9), on).intent).toBe('iot_hue_lightchange');
    expect(repairIntent(u('iot_hue_lightoff', 'doe het felle licht uit', [], 'nl-NL', 0.4), on).intent).toBe('iot_hue_lightoff');
  });

  it.each<[string, string, string]>([
    ['nl-NL', 'maak het licht wat lichter', 'iot_hue_lightup'],
    ['ro-RO', 'poți face lumina din birou mai luminoasă', 'iot_hue_lightup'],
    ['ko-KR', '거실 조명 어둡게 해줘', 'iot_hue_lightdim'],
  ])('%s "%s": a colour change that names no colour yields to its brightness word even when sure', (locale, text, meant) => {
    expect(repairIntent(u('iot_hue_lightchange', text, [], locale, 0.95), on).intent).toBe(meant);
  });

  it.each<[string, string, string, string]>([
    ['sl-SL', 'posvetli luč v kuhinji', 'iot_hue_lightoff', 'iot_hue_lightup'],
    ['ro-RO', 'ridică lumina în sufragerie', 'iot_hue_lightoff', 'iot_hue_lightup'],
  ])('%s "%s": without a pack, an "off" reading with a brightness word and no switch word is the brightness', (locale, text, read, meant) => {
    expect(repairIntent(u(read, text, [], locale, 0.5), on)).toMatchObject({ intent: meant, repairedBy: 'brightness-table-words' });
  });

  it.each<[string, string, string, string]>([
    ['ms-MY', 'tolong terangkan lampu bilik tidur', 'qa_definition', 'iot_hue_lightup'],
    ['ta-IN', 'விளக்கு வெளிச்சத்தை அதிகரி', 'audio_volume_up', 'iot_hue_lightup'],
    ['de-DE', 'mach das licht im bad heller', 'audio_volume_up', 'iot_hue_lightup'],
    ['cy-GB', 'rho fwy o olau plis', 'qa_definition', 'iot_hue_lightup'],
  ])('%s "%s": an unsure %s that names a light and says one brightness direction is that direction', (locale, text, read, meant) => {
    expect(repairIntent(u(read, text, [], locale, 0.7), on)).toMatchObject({ intent: meant, repairedBy: 'brightness-and-light-words' });
  });

  it('a sure reading, a reminder, or no light named keeps its intent', () => {
    expect(repairIntent(u('qa_definition', 'terangkan lampu bilik tidur', [], 'ms-MY', 0.9), on).intent).toBe('qa_definition');
    expect(repairIntent(u('qa_definition', 'terangkan maksud perkataan ini', [], 'ms-MY', 0.6), on).intent).toBe('qa_definition');
    expect(repairIntent(u('reminder_set', 'remind me to make the lights brighter at six', [], 'en-US', 0.6), on).intent).toBe('reminder_set');
  });

  it.each<[string, string, string, string]>([
    ['ru-RU', 'погаси лампу на кухне', 'iot_hue_lighton', 'iot_hue_lightoff'],
    ['en-US', 'kill the kitchen lights', 'iot_hue_lighton', 'iot_hue_lightoff'],
    ['pl-PL', 'zapal światło w kuchni', 'iot_hue_lightoff', 'iot_hue_lighton'],
    ['de-DE', 'mach die lampe im flur an', 'iot_hue_lightoff', 'iot_hue_lighton'],
    ['tr-TR', 'mutfaktaki lambayı söndür', 'iot_hue_lighton', 'iot_hue_lightoff'],
  ])('%s "%s": a %s reading whose switch words say only the other way is that way', (locale, text, read, meant) => {
    expect(repairIntent(u(read, text, [], locale, 0.65), off)).toMatchObject({ intent: meant, repairedBy: 'pack-switch-words' });
  });

  it('switch words both ways, or a brighten reading that says "on", keep the reading', () => {
    expect(repairIntent(u('iot_hue_lighton', 'turn off the hall light and on the kitchen one', [], 'en-US', 0.6), off).intent).toBe('iot_hue_lighton');
    expect(repairIntent(u('iot_hue_lightup', 'включи больше света', [], 'ru-RU', 0.7), on).intent).toBe('iot_hue_lightup');
  });

  it.each<[string, string, string]>([
    ['zh-CN', '算了把灯关了吧', 'iot_hue_lightdim'],
    ['en-US', 'put the lights out', 'iot_hue_lightdim'],
    ['de-DE', 'mach mal das licht aus', 'iot_hue_lightup'],
    ['ko-KR', '불 좀 꺼줘', 'iot_hue_lightdim'],
    ['pl-PL', 'zgaś to światło', 'iot_hue_lightdim'],
  ])('%s "%s": a %s reading that says "off" and no direction turns the light off', (locale, text, read) => {
    expect(repairIntent(u(read, text, [], locale, 0.8), on)).toMatchObject({ intent: 'iot_hue_lightoff', repairedBy: 'off-words' });
  });

  it('a direction word keeps a brighten/dim reading even with an "off"-like word in it', () => {
    expect(repairIntent(u('iot_hue_lightdim', '把灯关小一点', [], 'zh-CN', 0.8), on).intent).toBe('iot_hue_lightdim');
    expect(repairIntent(u('iot_hue_lightdim', '把灯调小一点', [], 'zh-CN', 0.8), on).intent).toBe('iot_hue_lightdim');
    // the volume's own noun, or no light named, is still the volume
    expect(repairIntent(u('iot_hue_lightdim', '把声音调小一点', [], 'zh-CN', 0.8), on).intent).toBe('audio_volume_down');
    expect(repairIntent(u('iot_hue_lightdim', '调小一点', [], 'zh-CN', 0.8), on).intent).toBe('audio_volume_down');
    expect(repairIntent(u('iot_hue_lightdim', 'dim the light before i go out', [], 'en-US', 0.8), on).intent).toBe('iot_hue_lightdim');
    expect(repairIntent(u('iot_hue_lightdim', 'mach das licht dunkler', [], 'de-DE', 0.8), on).intent).toBe('iot_hue_lightdim');
  });

  it.each<[string, string, string]>([
    ['fi-FI', 'laita ajastin 10 minuutiksi', 'audio_volume_mute'],
    ['sv-SE', 'sätt en timer på 25 minuter för pizzan', 'takeaway_order'],
    ['el-GR', 'βάλε χρονόμετρο για 10 λεπτά', 'general_quirky'],
    ['hu-HU', 'állíts be egy időzítőt 5 percre', 'audio_volume_other'],
  ])('%s "%s": a timer word and a length in digits, without a pack, is a timer (not %s)', (locale, text, read) => {
    expect(repairIntent(u(read, text, [], locale, 0.9), off)).toMatchObject({ intent: 'alarm_set', repairedBy: 'timer-words' });
  });

  it('without a pack, an unsure "likes" with a pause word and the music named is a pause; a sure one stays', () => {
    expect(repairIntent(u('music_likeness', 'ಹಾಡನ್ನು ನಿಲ್ಲಿಸಿ', [], 'kn-IN', 0.43), off)).toMatchObject({ intent: 'play_music', repairedBy: 'player-words' });
    // Azerbaijani "saxla" is stop and keep: "save this song" at 0.97 is MASSIVE's music_likeness.
    expect(repairIntent(u('music_likeness', 'bu mahnını yadda saxla', [], 'az-AZ', 0.97), off).intent).toBe('music_likeness');
    expect(repairIntent(u('music_settings', 'ಹಾಡನ್ನು ನಿಲ್ಲಿಸಿ', [], 'kn-IN', 0.43), off).intent).toBe('music_settings');
  });

  it('without a pack, a timer word with no length, or a length with no timer word, keeps the reading', () => {
    expect(repairIntent(u('takeaway_order', 'beställ pizza om 25 minuter', [], 'sv-SE', 0.9), off).intent).toBe('takeaway_order');
    expect(repairIntent(u('music_query', 'vilken låt är ajastin', [], 'fi-FI', 0.9), off).intent).toBe('music_query');
    expect(repairIntent(u('alarm_query', 'hur lång tid är kvar på timern 10 minuter', [], 'sv-SE', 0.9), off).intent).toBe('alarm_query');
  });

  it.each<[string, string, string]>([
    ['hi-IN', 'क्या टाइम हो रहा है', 'calendar_query'],
    ['en-US', 'hey what time is it', 'alarm_query'],
    ['de-DE', 'sag mal wie spät ist es', 'calendar_query'],
    ['ru-RU', 'который час', 'alarm_query'],
  ])('%s "%s": a phrase that only asks for the time now makes an unsure %s a time question', (locale, text, read) => {
    expect(repairIntent(u(read, text, [], locale, 0.55), off)).toMatchObject({ intent: 'datetime_query', repairedBy: 'time-now-only' });
  });

  it('"what time" of an event or an alarm, a confident reading and a request to set stay', () => {
    expect(repairIntent(u('calendar_query', 'what time is my meeting', [], 'en-US', 0.55), off).intent).toBe('calendar_query');
    expect(repairIntent(u('calendar_query', 'what time is it', [], 'en-US', 0.97), off).intent).toBe('calendar_query');
    // Below 0.95 the phrase yields only as the whole question: "a qué hora es" asks about the meeting here.
    expect(repairIntent(u('calendar_query', 'a qué hora es la reunión con ana', [], 'es-ES', 0.9), off).intent).toBe('calendar_query');
    expect(repairIntent(u('alarm_set', 'what time is it set an alarm for 7', [], 'en-US', 0.6), off).intent).toBe('alarm_set');
  });

  it.each<[string, string, string, number]>([
    ['hi-IN', 'क्या टाइम हो रहा है', 'calendar_query', 0.92],
    ['hi-IN', 'टाइम क्या हो रहा है', 'calendar_query', 0.8],
    ['en-US', 'what time is it', 'calendar_query', 0.9],
    ['pl-PL', 'jaki mamy dzisiaj dzień', 'calendar_query', 0.78],
  ])('%s "%s" read as %s at %s: a phrase that only asks for the time or date now, as the whole question', (locale, text, intent, confidence) => {
    expect(repairIntent(u(intent, text, [], locale, confidence), off)).toMatchObject({ intent: 'datetime_query', repairedBy: 'time-now-only' });
  });

  it('an unsure maths reading is confirmed by a sum the words spell out, however it is asked', () => {
    expect(repairIntent(u('qa_maths', 'सौ में से चालीस घटाओ तो कितना बचेगा', [], 'hi-IN', 0.28), off)).toMatchObject({ intent: 'qa_maths', confidence: 0.5, repairedBy: 'maths-words' });
    expect(repairIntent(u('qa_maths', 'so tell me what you think seven times eight might come to', [], 'en-US', 0.2), off).confidence).toBe(0.5);
    // no sum in the words: the unsure reading stays unsure
    expect(repairIntent(u('qa_maths', 'what is the square root of a lot', [], 'en-US', 0.2), off).confidence).toBe(0.2);
  });

  it('without a pack, a question whose words are a sum and two words more is arithmetic', () => {
    expect(repairIntent(u('datetime_query', 'পঁচিশ যোগ সতেরো কত হয়', [], 'bn-BD', 0.76), off)).toMatchObject({ intent: 'qa_maths', repairedBy: 'maths-words' });
    expect(repairIntent(u('qa_factoid', 'есийг наймаар үржүүлбэл хэд вэ', [], 'mn-MN', 0.6), off).intent).toBe('qa_maths');
    expect(repairIntent(u('qa_maths', 'есийг наймаар үржүүлбэл хэд вэ', [], 'mn-MN', 0.2), off).confidence).toBe(0.5);
    // An action, more words than a question, or an unspaced script: the NLU's reading stays.
    expect(repairIntent(u('play_music', 'পঁচিশ যোগ সতেরো কত হয়', [], 'bn-BD', 0.6), off).intent).toBe('play_music');
    expect(repairIntent(u('datetime_query', 'আমার জন্মদিন পঁচিশ যোগ সতেরো দিন পরে কবে', [], 'bn-BD', 0.6), off).intent).toBe('datetime_query');
    expect(repairIntent(u('datetime_query', '10 บวก 5 วันที่เท่าไร', [], 'th-TH', 0.6), off).intent).toBe('datetime_query');
  });

  it('an unsure light intent with a colour word is a colour change; "off" and confident readings stay', () => {
    expect(repairIntent(u('iot_hue_lightchange', 'mach das licht grün', [], 'de-DE', 0.26), off)).toMatchObject({ intent: 'iot_hue_lightchange', confidence: 0.5, repairedBy: 'colour-word' });
    expect(repairIntent(u('iot_hue_lightdim', 'das licht grün', [], 'de-DE', 0.25), on).intent).toBe('iot_hue_lightchange');
    expect(repairIntent(u('iot_hue_lighton', 'pon la luz azul', [], 'es-ES', 0.4), off).intent).toBe('iot_hue_lightchange');
    expect(repairIntent(u('iot_hue_lightoff', 'turn off the red light', [], 'en-US', 0.4), on).intent).toBe('iot_hue_lightoff');
    expect(repairIntent(u('iot_hue_lightdim', 'dim the red light', [], 'en-US', 0.8), on).intent).toBe('iot_hue_lightdim');
    // no colour word: the light rules decide as before
    expect(repairIntent(u('iot_hue_lightdim', 'dim the light a bit', [], 'en-US', 0.4), on).intent).toBe('iot_hue_lightdim');
  });

  it('an unsure brighten or dim reading that names a colour and no brightness word is a colour change', () => {
    expect(repairIntent(u('iot_hue_lightdim', 'gawin mong asul ang ilaw', [], 'tl-PH', 0.63), on)).toMatchObject({ intent: 'iot_hue_lightchange', repairedBy: 'colour-not-level' });
    expect(repairIntent(u('iot_hue_lightup', 'make the light blue', [], 'en-US', 0.65), on)).toMatchObject({ intent: 'iot_hue_lightchange', repairedBy: 'colour-not-level' });
    // A brightness word said, or a sure reading: it stays.
    expect(repairIntent(u('iot_hue_lightdim', 'dim the light to a dull blue', [], 'en-US', 0.65), on).intent).toBe('iot_hue_lightdim');
    expect(repairIntent(u('iot_hue_lightdim', 'gawin mong asul ang ilaw', [], 'tl-PH', 0.75), on).intent).toBe('iot_hue_lightdim');
    expect(repairIntent(u('iot_hue_lightup', 'make the light brighter', [], 'en-US', 0.65), on).intent).toBe('iot_hue_lightup');
  });

  it('an unsure colour change that says no colour yields to a pack switch word; a sure one, or one with a colour, stays', () => {
    expect(repairIntent(u('iot_hue_lightchange', 'lambayı yak', [], 'tr-TR', 0.41), off)).toMatchObject({ intent: 'iot_hue_lighton', repairedBy: 'pack-switch-words' });
    expect(repairIntent(u('iot_hue_lightchange', 'hey alexa turn on disco lights in my apartment', [], 'en-US', 0.66), off).intent).toBe('iot_hue_lighton');
    expect(repairIntent(u('iot_hue_lightchange', 'turn the lights on party mode', [], 'en-US', 0.96), off).intent).toBe('iot_hue_lightchange');
    expect(repairIntent(u('iot_hue_lightchange', 'turn on the lights in blue', [], 'en-US', 0.5), off).intent).toBe('iot_hue_lightchange');
  });

  it('Polish infinitives say the direction: "możesz trochę przyciemnić światło" read as brightening is dimming', () => {
    expect(repairIntent(u('iot_hue_lightup', 'możesz trochę przyciemnić światło', [], 'pl-PL', 0.65), on)).toMatchObject({ intent: 'iot_hue_lightdim', repairedBy: 'brightness-words' });
    expect(repairIntent(u('iot_hue_lightdim', 'możesz rozjaśnić światło w kuchni', [], 'pl-PL', 0.65), on).intent).toBe('iot_hue_lightup');
  });

  it('Vietnamese "tối xuống" (darker, down) is dimming, even read as a colour change', () => {
    expect(repairIntent(u('iot_hue_lightchange', 'chỉnh đèn phòng ngủ tối xuống còn 20 phần trăm', [], 'vi-VN', 0.5), on)).toMatchObject({ intent: 'iot_hue_lightdim', repairedBy: 'brightness-table-words' });
    expect(repairIntent(u('iot_hue_lightup', 'làm đèn tối đi', [], 'vi-VN', 0.5), on).intent).toBe('iot_hue_lightdim');
  });

  it.each<[string, string, string]>([
    ['pl-PL', 'ustaw niebieskie światło', 'blue'],
    ['en-US', 'red lights please', 'red'],
    ['de-DE', 'grünes licht bitte', 'green'],
    ['ru-RU', 'сделай свет синим', 'blue'],
    ['ja-JP', '電気を赤に', 'red'],
    ['tr-TR', 'ışığı mavi yap', 'blue'],
  ])('%s "%s" read, even surely, as "off" with a colour and no word for off is a colour change', (locale, text) => {
    expect(repairIntent(u('iot_hue_lightoff', text, [], locale, 0.7), on)).toMatchObject({ intent: 'iot_hue_lightchange', repairedBy: 'colour-word' });
  });

  it.each<[string, string]>([
    ['en-US', 'turn the red light off'],
    ['en-US', 'red lights out'],
    ['de-DE', 'mach das grüne licht aus'],
    ['pl-PL', 'wyłącz czerwone światło'],
    ['ru-RU', 'погаси синий свет'],
    ['ja-JP', '赤い電気を消して'],
    ['zh-CN', '把红灯关了'],
    ['ko-KR', '빨간 불 꺼줘'],
    ['tr-TR', 'kırmızı ışığı kapatır mısın'],
    ['ar-SA', 'وطفي النور الأحمر'],
  ])('%s "%s": "off" with a colour and a word for off stays "off"', (locale, text) => {
    expect(repairIntent(u('iot_hue_lightoff', text, [], locale, 0.7), on).intent).toBe('iot_hue_lightoff');
    // not a light intent: a colour word alone changes nothing ("play the red album")
    expect(repairIntent(u('play_music', 'play the red album', [], 'en-US', 0.4), on).intent).toBe('play_music');
  });
});
