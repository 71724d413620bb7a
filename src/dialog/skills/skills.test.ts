/**
 * Every scenario answers a sample utterance with the right reply key, params and effect,
 * and the state shows the effect. The clock is fixed: Friday 14 March 2025, 10:00 local.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { understood as u, testDialog } from '../../../testing/dialog.ts';

const NOW = new Date(2025, 2, 14, 10, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('alarm', () => {
  it('sets an alarm at the next 7:00 and lists it', async () => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('alarm_set', 'wake me up at seven am tomorrow', [['time', 'seven am'], ['date', 'tomorrow']]));
    expect(turn.reply.key).toBe('alarmSet');
    expect(turn.effect).toBe('alarm:set');
    // The time first, then its day: replies say it after a clock word ("para las {time}").
    expect(turn.reply.params?.time).toMatch(/^7:00\sAM, Sat, Mar 15$/);
    const [alarm] = dialog.state.getState().alarms;
    expect(new Date(alarm!.at)).toEqual(new Date(2025, 2, 15, 7, 0));
    const list = await dialog.handle(u('alarm_query', 'what alarms do i have'));
    expect(list.reply).toMatchObject({ key: 'alarmList', params: { count: 1 } });
  });

  it('reads a bare hour people wake at (5 to 7) as the morning, another as the next one', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', 'set an alarm for seven', [['time', 'seven']]));
    await dialog.handle(u('alarm_set', 'set an alarm for nine', [['time', 'nine']]));
    await dialog.handle(u('alarm_set', 'set an alarm for four', [['time', 'four']]));
    const at = dialog.state.getState().alarms.map((a) => new Date(a.at));
    // It is 10:00: 7:00 tomorrow, 21:00 and 16:00 today.
    expect(at).toEqual([new Date(2025, 2, 15, 7, 0), new Date(2025, 2, 14, 21, 0), new Date(2025, 2, 14, 16, 0)]);
  });

  it('sets a timer from a duration', async () => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('alarm_set', 'set a timer for five minutes', [['time', 'five minutes']]));
    expect(turn.reply).toEqual({ key: 'timerSet', params: { duration: '5 minutes' } });
    expect(turn.effect).toBe('timer:set');
    expect(dialog.state.getState().alarms[0]).toMatchObject({ kind: 'timer', seconds: 300, at: NOW.getTime() + 300_000 });
  });

  it.each([
    // The NLU tags "tomorrow" of "the day after tomorrow" as the date and the rest as a time.
    ['ta-IN', 'நாளை மறுநாள் காலை ஆறரை மணிக்கு ஒரு அலாரம் வை', [['date', 'நாளை'], ['time', 'மறுநாள்'], ['timeofday', 'காலை'], ['time', 'ஆறரை மணிக்கு']]],
    ['fa-IR', 'پس فردا ساعت شش و نیم صبح یه آلارم بذار', [['time', 'پس'], ['date', 'فردا'], ['time', 'شش و نیم صبح']]],
  ] as const)('%s "%s": a date slot cut short of "the day after tomorrow" is read with its neighbour', async (locale, text, slots) => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', text, slots.map(([l, t]) => [l, t] as [string, string]), locale));
    expect(new Date(dialog.state.getState().alarms[0]!.at)).toEqual(new Date(2025, 2, 16, 6, 30));
  });

  it('sets a German alarm for "halb acht abends"', async () => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('alarm_set', 'weck mich um halb acht abends', [['time', 'halb acht abends']], 'de-DE'));
    expect(turn.reply.params?.time).toBe('19:30');
  });

  it.each([
    // French counts the spoken clock to 24: "sept heures" is 7:00 (tomorrow, at 10:00), the evening "dix-neuf heures".
    ['fr-FR', 'réveille-moi à sept heures', 'sept heures', 'alarm', 7 * 60 + 24 * 60],
    ['fr-FR', 'réveille-moi dans sept heures', 'sept heures', 'timer', 10 * 60 + 7 * 60],
    ['ja-JP', '七時五分に起こして', '七時五分', 'alarm', 7 * 60 + 5 + 24 * 60],
    ['ja-JP', '五分後に起こして', '五分後', 'timer', 10 * 60 + 5],
    ['ru-RU', 'поставь будильник на семь часов', 'семь часов', 'alarm', 7 * 60 + 24 * 60],
    ['ru-RU', 'поставь будильник на девять часов', 'девять часов', 'alarm', 21 * 60],
    ['ru-RU', 'разбуди меня через два часа', 'два часа', 'timer', 12 * 60],
    ['sw-KE', 'niamshe saa moja asubuhi', 'saa moja asubuhi', 'alarm', 7 * 60 + 24 * 60],
    ['sw-KE', 'kipima muda dakika kumi', 'dakika kumi', 'timer', 10 * 60 + 10],
  ])('%s "%s" (slot %s) is an %s', async (locale, text, slot, kind, minutesFromMidnight) => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', text, [['time', slot]], locale));
    const alarm = dialog.state.getState().alarms[0]!;
    expect(alarm.kind).toBe(kind);
    expect((alarm.at - new Date(2025, 2, 14).getTime()) / 60_000).toBe(minutesFromMidnight);
  });

  // Clock cues (à/um/a las/в, o'clock words, day periods, "past", a date slot) make a clock
  // time; only timer cues (timer words, in/dans/через + duration, for/pendant) make a length.
  it.each<[string, string, [string, string][], 'alarm' | 'timer']>([
    ['fr-FR', 'réveille-moi à neuf heures du matin le vendredi', [['time', 'neuf heures du matin'], ['date', 'vendredi']], 'alarm'],
    ['fr-FR', 'mets un minuteur de neuf heures', [['time', 'neuf heures']], 'timer'],
    ['fr-FR', 'réveille-moi pendant neuf heures', [['time', 'neuf heures']], 'timer'],
    ['en-US', 'wake me up at ten minutes past nine', [['time', 'ten minutes past nine']], 'alarm'],
    ['en-US', 'wake me up in nine hours', [['time', 'nine hours']], 'timer'],
    ['en-US', 'set an alarm for nine hours on monday', [['time', 'nine hours'], ['date', 'monday']], 'alarm'],
    ['de-DE', 'weck mich um zehn minuten nach neun', [['time', 'zehn minuten nach neun']], 'alarm'],
    ['de-DE', 'weck mich in neun stunden', [['time', 'neun stunden']], 'timer'],
    ['de-DE', 'stell einen Timer für neun stunden', [['time', 'neun stunden']], 'timer'],
    ['es-ES', 'despiértame a las nueve y diez minutos', [['time', 'nueve y diez minutos']], 'alarm'],
    ['es-ES', 'despiértame a las nueve horas', [['time', 'nueve horas']], 'alarm'],
    ['es-ES', 'despiértame en nueve horas', [['time', 'nueve horas']], 'timer'],
    ['it-IT', 'svegliami alle nove e dieci minuti', [['time', 'nove e dieci minuti']], 'alarm'],
    ['it-IT', 'svegliami tra nove ore', [['time', 'nove ore']], 'timer'],
    ['pt-PT', 'acorda-me às nove e dez minutos', [['time', 'nove e dez minutos']], 'alarm'],
    ['pt-PT', 'acorda-me daqui a nove horas', [['time', 'nove horas']], 'timer'],
    ['ru-RU', 'разбуди меня в девять часов десять минут', [['time', 'девять часов десять минут']], 'alarm'],
    ['ru-RU', 'поставь таймер на девять часов', [['time', 'девять часов']], 'timer'],
    ['ru-RU', 'поставь будильник на тридцать минут', [['time', 'тридцать минут']], 'timer'],
    ['fr-FR', 'mets une alarme pour dix minutes', [['time', 'dix minutes']], 'timer'],
    ['es-ES', 'pon una alarma para dentro de diez minutos', [['time', 'diez minutos']], 'timer'],
    ['ja-JP', '9時10分に起こして', [['time', '9時10分']], 'alarm'],
    ['ja-JP', '9時間のタイマー', [['time', '9時間']], 'timer'],
    ['zh-CN', '九点十分叫醒我', [['time', '九点十分']], 'alarm'],
    ['zh-CN', '设置九个小时的计时器', [['time', '九个小时']], 'timer'],
    ['hi-IN', 'मुझे नौ बजकर दस मिनट पर जगाओ', [['time', 'नौ बजकर दस मिनट']], 'alarm'],
    ['hi-IN', 'नौ घंटे का टाइमर लगाओ', [['time', 'नौ घंटे']], 'timer'],
    ['ar-SA', 'ايقظني الساعة التاسعة وعشر دقائق', [['time', 'التاسعة وعشر دقائق']], 'alarm'],
    ['ar-SA', 'ايقظني بعد تسع ساعات', [['time', 'تسع ساعات']], 'timer'],
    ['sw-KE', 'niamshe saa tatu na dakika kumi asubuhi', [['time', 'saa tatu na dakika kumi asubuhi']], 'alarm'],
    ['sw-KE', 'niamshe baada ya saa tisa', [['time', 'saa tisa']], 'timer'],
  ])('%s "%s" %j is an %s', async (locale, text, slots, kind) => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', text, slots, locale));
    expect(dialog.state.getState().alarms[0]?.kind).toBe(kind);
  });

  it('removes the alarm named by its time, and says when there is none', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', 'alarm at six pm', [['time', 'six pm']]));
    await dialog.handle(u('alarm_set', 'alarm at eight pm', [['time', 'eight pm']]));
    const turn = await dialog.handle(u('alarm_remove', 'remove my six pm alarm', [['time', 'six pm']]));
    expect(turn.reply.key).toBe('alarmRemoved');
    expect(turn.reply.params?.time).toMatch(/6:00\sPM/);
    expect(dialog.state.getState().alarms.map((a) => new Date(a.at).getHours())).toEqual([20]);
    await dialog.handle(u('alarm_remove', 'turn off my alarms'));
    expect(dialog.state.getState().alarms).toEqual([]);
    expect((await dialog.handle(u('alarm_remove', 'turn off my alarms'))).reply.key).toBe('alarmRemoveNone');
  });

  it('asks to clarify an unreadable time instead of guessing', async () => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('alarm_set', 'wake me up whenever', [['time', 'whenever']]));
    expect(turn.reply).toEqual({ key: 'clarifyValue', params: { value: 'whenever' } });
    expect(turn.awaiting).toBe('time');
    expect(dialog.state.getState().alarms).toEqual([]);
  });
});

describe('iot', () => {
  it('switches, dims, brightens and colours the light, and runs the other devices', async () => {
    const { dialog } = testDialog();
    const light = () => dialog.state.getState().devices.light;
    expect(await dialog.handle(u('iot_hue_lighton', 'turn on the lights'))).toMatchObject({ reply: { key: 'lightOn' }, effect: 'light:on' });
    expect(light().on).toBe(true);
    const dim = await dialog.handle(u('iot_hue_lightdim', 'dim the lights to thirty percent', [['change_amount', 'to thirty percent']]));
    expect(dim).toMatchObject({ reply: { key: 'lightDimmed', params: { level: 30 } }, effect: 'light:dim' });
    expect(light().brightness).toBe(30);
    expect((await dialog.handle(u('iot_hue_lightup', 'brighter'))).reply.params?.level).toBe(55);
    const colour = await dialog.handle(u('iot_hue_lightchange', 'make the lights blue', [['color_type', 'blue']]));
    expect(colour).toMatchObject({ reply: { key: 'lightColour', params: { colour: 'blue' } }, effect: 'light:colour:blue' });
    expect(light().colour).toBe('#0a84ff');
    expect((await dialog.handle(u('iot_hue_lightoff', 'lights off'))).effect).toBe('light:off');
    expect(light().on).toBe(false);
    expect((await dialog.handle(u('iot_wemo_on', 'turn on the plug'))).reply.key).toBe('plugOn');
    expect(dialog.state.getState().devices.plug.on).toBe(true);
    expect((await dialog.handle(u('iot_wemo_off', 'turn off the plug'))).reply.key).toBe('plugOff');
    expect((await dialog.handle(u('iot_cleaning', 'start the vacuum'))).reply.key).toBe('vacuumStarted');
    expect((await dialog.handle(u('iot_coffee', 'make me a coffee'))).reply.key).toBe('coffeeStarted');
    expect(dialog.state.getState().devices).toMatchObject({ plug: { on: false }, vacuum: { running: true }, coffee: { brewing: true } });
  });

  it.each([
    ['th-TH', 'หรี่ไฟเหลือสามสิบเปอร์เซ็นต์'],
    ['ta-IN', 'லைட்ட முப்பது பர்சென்ட்டுக்கு டிம் பண்ணு'],
  ])('%s "%s": a level the NLU did not tag, without a pack, is the level it dims to', async (locale, text) => {
    const { dialog } = testDialog();
    await dialog.handle(u('iot_hue_lighton', 'turn on the lights'));
    expect((await dialog.handle(u('iot_hue_lightdim', text, [], locale))).reply.params?.level).toBe(30);
  });

  it('reads colours in other languages and asks when none is said', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('iot_hue_lightchange', 'mach das licht rot', [['color_type', 'rot']], 'de-DE'));
    expect(dialog.state.getState().devices.light.colourName).toBe('red');
    const ask = await dialog.handle(u('iot_hue_lightchange', 'change the light colour'));
    expect(ask).toMatchObject({ reply: { key: 'askColour' }, awaiting: 'color_type' });
  });

  it.each<[string, string, string, string]>([
    ['ja-JP', 'ライトをピンクにして', 'ピン', 'pink'],
    ['de-DE', 'mach das licht grün', 'gr', 'green'],
    ['en-US', 'make the light purple', 'pur', 'purple'],
  ])('%s "%s": a colour slot cut inside the word (%s) is read from the whole utterance', async (locale, text, slot, colour) => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('iot_hue_lightchange', text, [['color_type', slot]], locale));
    expect(turn.effect).toBe(`light:colour:${colour}`);
    expect(dialog.state.getState().devices.light).toMatchObject({ on: true, colourName: colour });
  });
});

describe('calendar', () => {
  it('adds an event with day and time, lists and removes it', async () => {
    const { dialog } = testDialog();
    const add = await dialog.handle(
      u('calendar_set', 'schedule my dentist appointment on friday at two p. m.', [['event_name', 'dentist appointment'], ['date', 'friday'], ['time', 'two p. m.']]),
    );
    expect(add.reply.key).toBe('eventAdded');
    expect(add.reply.params?.title).toBe('dentist appointment');
    expect(add.reply.params?.date).toMatch(/^Friday, March 14 2:00\sPM$/);
    expect(dialog.state.getState().events[0]).toMatchObject({ title: 'dentist appointment', date: '2025-03-14', time: '14:00' });
    const list = await dialog.handle(u('calendar_query', 'what is on my calendar'));
    expect(list.reply.params?.count).toBe(1);
    const rm = await dialog.handle(u('calendar_remove', 'delete the dentist appointment', [['event_name', 'dentist appointment']]));
    expect(rm).toMatchObject({ reply: { key: 'eventRemoved', params: { title: 'dentist appointment' } }, effect: 'event:remove' });
    expect(dialog.state.getState().events).toEqual([]);
    expect((await dialog.handle(u('calendar_remove', 'delete my next event'))).reply.key).toBe('eventRemoveNone');
  });

  it('asks for the day when it is missing', async () => {
    const { dialog } = testDialog();
    expect(await dialog.handle(u('calendar_set', 'add a meeting', [['event_name', 'meeting']]))).toMatchObject({ reply: { key: 'askEventDate' }, awaiting: 'date' });
  });
});

describe('qa', () => {
  it('calculates with precedence, and refuses division by zero', async () => {
    const { dialog } = testDialog();
    expect((await dialog.handle(u('qa_maths', 'what is two plus three times four'))).reply).toEqual({ key: 'mathResult', params: { expression: '2 + 3 × 4', result: '14' } });
    expect((await dialog.handle(u('qa_maths', 'zehn geteilt durch vier', [], 'de-DE'))).reply).toEqual({ key: 'mathResult', params: { expression: '10 ÷ 4', result: '2,5' } });
    expect((await dialog.handle(u('qa_maths', 'what is five divided by zero'))).reply.key).toBe('mathError');
    expect((await dialog.handle(u('qa_maths', 'what is ten percent of 200'))).reply).toEqual({ key: 'mathResult', params: { expression: '10% × 200', result: '20' } });
    expect((await dialog.handle(u('qa_maths', 'десять процентов от ста', [], 'ru-RU'))).reply).toEqual({ key: 'mathResult', params: { expression: '10% × 100', result: '10' } });
    expect((await dialog.handle(u('qa_maths', 'семь раз по семь', [], 'ru-RU'))).reply).toEqual({ key: 'mathResult', params: { expression: '7 × 7', result: '49' } });
  });

  it('is honest about facts it would need to look up', async () => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('qa_currency', 'how many yen is a dollar', [['currency_name', 'yen'], ['currency_name', 'dollar']]));
    expect(turn.reply).toEqual({ key: 'offlineService', params: { scenario: 'qa', understood: 'qa_currency (currency_name: yen and currency_name: dollar)' } });
  });
});

describe('audio, play and music', () => {
  it('changes and mutes the volume', async () => {
    const { dialog } = testDialog();
    expect((await dialog.handle(u('audio_volume_up', 'louder'))).reply).toEqual({ key: 'volumeUp', params: { level: 60 } });
    expect((await dialog.handle(u('audio_volume_down', 'quieter'))).reply).toEqual({ key: 'volumeDown', params: { level: 50 } });
    expect((await dialog.handle(u('audio_volume_other', 'set volume to twenty percent', [['change_amount', 'twenty percent']]))).reply).toEqual({ key: 'volumeSet', params: { level: 20 } });
    expect(await dialog.handle(u('audio_volume_mute', 'mute'))).toMatchObject({ reply: { key: 'volumeMuted' }, effect: 'volume:mute' });
    expect(dialog.state.getState().audio).toMatchObject({ volume: 20, muted: true });
  });

  it.each<[string, string, string]>([
    ['es-ES', 'sube un poco el volumen', 'un'],
    ['de-DE', 'mach die musik ein bisschen lauter', 'ein'],
    ['fr-FR', 'monte un peu le son', 'un'],
    ['it-IT', "alza un po' il volume", 'un'],
    ['pt-PT', 'aumenta um pouco o volume', 'um'],
    ['nl-NL', 'zet het volume een beetje hoger', 'een'],
  ])('%s "%s": "a little" cut short to its number word (%s) is one step up, not a level', async (locale, text, amount) => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('audio_volume_up', text, [['change_amount', amount]], locale));
    expect(turn).toMatchObject({ reply: { key: 'volumeUp', params: { level: 60 } }, effect: 'volume:up' });
  });

  it('without a pack, a number from 10 on in a volume request is its level; a small one is a step', async () => {
    const { dialog } = testDialog();
    const set = await dialog.handle(u('audio_volume_up', 'ställ volymen på trettio', [['change_amount', 'trettio']], 'sv-SE'));
    expect(set.reply).toEqual({ key: 'volumeSet', params: { level: 30 } });
    const step = await dialog.handle(u('audio_volume_up', 'höj volymen två steg', [['change_amount', 'två steg']], 'sv-SE'));
    expect(step).toMatchObject({ reply: { key: 'volumeUp', params: { level: 40 } }, effect: 'volume:up' });
  });

  it('keeps a number said in a change_amount as the level', async () => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('audio_volume_up', 'sube el volumen al ochenta por ciento', [['change_amount', 'ochenta por ciento']], 'es-ES'));
    expect(turn.reply).toEqual({ key: 'volumeSet', params: { level: 80 } });
  });

  it('plays, pauses and resumes; games and song recognition are online', async () => {
    const { dialog } = testDialog();
    const play = await dialog.handle(u('play_music', 'play some david bowie', [['artist_name', 'david bowie']]));
    expect(play).toMatchObject({ reply: { key: 'playing', params: { what: 'david bowie' } }, effect: 'play:music' });
    expect(dialog.state.getState().audio).toMatchObject({ playing: true, nowPlaying: 'david bowie' });
    expect((await dialog.handle(u('music_settings', 'pause the music'))).reply.key).toBe('paused');
    expect(dialog.state.getState().audio.playing).toBe(false);
    expect((await dialog.handle(u('play_music', 'resume the music'))).reply.key).toBe('resumed');
    expect(dialog.state.getState().audio.playing).toBe(true);
    expect((await dialog.handle(u('play_radio', 'play the radio'))).reply.key).toBe('playingDefault');
    expect((await dialog.handle(u('play_game', 'play a game'))).reply.key).toBe('offlineService');
    expect((await dialog.handle(u('music_query', 'what song is this'))).reply.key).toBe('offlineService');
  });

  it('stops the player for colloquial "turn the music off", even read as "play"', async () => {
    for (const [locale, text] of [['ru-RU', 'выруби песню'], ['nl-NL', 'zet de muziek af'], ['tr-TR', 'şarkıyı kapat'], ['it-IT', 'togli la musica']] as const) {
      const { dialog } = testDialog();
      await dialog.handle(u('play_music', 'play some david bowie', [['artist_name', 'david bowie']]));
      expect((await dialog.handle(u('play_music', text, [], locale, 0.45))).effect, `${locale} ${text}`).toBe('play:pause');
      expect(dialog.state.getState().audio.playing).toBe(false);
    }
  });
});

describe('general', () => {
  it('greets, jokes, thanks and explains itself', async () => {
    const { dialog } = testDialog();
    expect((await dialog.handle(u('general_greet', 'hello'))).reply.key).toBe('greeting');
    expect((await dialog.handle(u('general_joke', 'tell me a joke'))).reply.key).toBe('joke');
    expect((await dialog.handle(u('general_quirky', 'thank you so much'))).reply.key).toBe('thanks');
    expect((await dialog.handle(u('general_quirky', 'what is your favourite colour'))).reply.key).toBe('chitchat');
  });
});

describe('online-only scenarios', () => {
  it.each([
    ['weather_query', 'weather in berlin tomorrow', [['place_name', 'berlin'], ['date', 'tomorrow']], 'weather_query (place_name: berlin and date: tomorrow)'],
    ['news_query', 'latest sports news', [['news_topic', 'sports']], 'news_query (news_topic: sports)'],
    ['transport_query', 'when is the next train', [['transport_type', 'train']], 'transport_query (transport_type: train)'],
    ['takeaway_order', 'order a pizza', [['food_type', 'pizza']], 'takeaway_order (food_type: pizza)'],
    ['email_sendemail', 'email john', [['person', 'john']], 'email_sendemail (person: john)'],
    ['social_post', 'tweet hello', [], 'social_post'],
    ['recommendation_events', 'what is on tonight', [], 'recommendation_events'],
    ['cooking_recipe', 'how do i make pancakes', [['food_type', 'pancakes']], 'cooking_recipe (food_type: pancakes)'],
  ] as [string, string, [string, string][], string][])('%s', async (intent, text, slots, shown) => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u(intent, text, slots));
    expect(turn.reply).toEqual({ key: 'offlineService', params: { scenario: intent.split('_')[0], understood: shown } });
    expect(turn.effect).toBe(`offline:${intent}`);
  });
});

describe('dispatch', () => {
  it('does not act on a low-confidence or unknown intent', async () => {
    const { dialog } = testDialog();
    expect((await dialog.handle(u('iot_hue_lighton', 'lights on', [], 'en-US', 0.1))).reply.key).toBe('notUnderstood');
    expect(dialog.state.getState().devices.light.on).toBe(false);
    expect((await dialog.handle(u('teleport_now', 'beam me up'))).reply.key).toBe('notUnderstood');
  });

  it('has a skill for each of the 18 MASSIVE scenarios', async () => {
    const { SKILLS } = await import('./registry.ts');
    expect([...SKILLS.keys()].sort()).toEqual(
      ['alarm', 'audio', 'calendar', 'cooking', 'datetime', 'email', 'general', 'iot', 'lists', 'music', 'news', 'play', 'qa', 'recommendation', 'social', 'takeaway', 'transport', 'weather'],
    );
  });
});
