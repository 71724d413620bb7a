/**
 * Word repairs (volume, player, maths) and the skills that read the same words, with
 * sentences of their own (not the natural-command suite's).
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../languages/index.ts';
import { parseAmount } from '../normalize/index.ts';
import { readMedia, readVolume } from '../skills/playback.ts';
import { initialDialogState } from '../state.ts';
import { testDialog, understood as u } from '../../../testing/dialog.ts';
import { repairIntent } from './index.ts';

const state = initialDialogState();
const repaired = (intent: string, text: string, locale: string, confidence = 0.6) => repairIntent(u(intent, text, [], locale, confidence), state).intent;

describe('pack tables', () => {
  it('every pack has volume, player, maths-question and light-off words', () => {
    for (const pack of PACKS) {
      expect(pack.volume?.louder.length, pack.code).toBeGreaterThan(0);
      expect(pack.volume?.quieter.length, pack.code).toBeGreaterThan(0);
      expect(pack.volume?.mute.length, pack.code).toBeGreaterThan(0);
      expect(pack.volume?.nouns.length, pack.code).toBeGreaterThan(0);
      expect(pack.media?.nouns.length, pack.code).toBeGreaterThan(0);
      expect(pack.media?.next.length, pack.code).toBeGreaterThan(0);
      expect(pack.maths.ask?.length, pack.code).toBeGreaterThan(0);
      expect(pack.lightOff?.length, pack.code).toBeGreaterThan(0);
    }
  });

  it('reads hostile text quickly', () => {
    for (const pack of PACKS) {
      const t0 = performance.now();
      readVolume('a 1 '.repeat(25_000), `${pack.code}-XX`);
      repaired('qa_factoid', '1 + '.repeat(25_000), `${pack.code}-XX`);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});

describe('volume words', () => {
  it.each([
    ['en-US', 'make it louder please', 'up'],
    ['de-DE', 'bitte etwas lauter', 'up'],
    ['fr-FR', 'augmente le volume', 'up'],
    ['es-ES', 'sube el volumen', 'up'],
    ['zh-CN', '把音量调高', 'up'],
    ['ko-KR', '볼륨을 올려 줘', 'up'],
    ['ru-RU', 'сделай тише', 'down'],
    ['pl-PL', 'przycisz muzykę', 'down'],
    ['ja-JP', 'ボリュームを下げてください', 'down'],
    ['tr-TR', 'sesi biraz kıs', 'down'],
    ['de-DE', 'schalte stumm', 'mute'],
    ['nl-NL', 'zet het geluid uit', 'mute'],
  ])('%s "%s" → %s', (locale, text, dir) => {
    expect(readVolume(text, locale).dir).toBe(dir);
  });

  it('a number is a level when it is marked or nothing says which way; "a little" is no number', () => {
    expect(readVolume('set the volume at 80', 'en-US')).toMatchObject({ level: 80, marked: true, noun: true });
    expect(readVolume('lautstärke bitte auf siebzig', 'de-DE')).toMatchObject({ level: 70, noun: true });
    expect(readVolume('baja el volumen un poco', 'es-ES')).toMatchObject({ dir: 'down', level: null });
    expect(readVolume('音量大一点', 'zh-CN')).toMatchObject({ dir: 'up', level: null });
    expect(readVolume('volume to 4', 'en-US').level).toBe(40);
    // Without a pack: Tamil "to twenty" in its dative, Thai "to thirty-five" after "ไปที่".
    expect(readVolume('வால்யூம இருபதுக்கு வை', 'ta-IN')).toMatchObject({ level: 20, noun: true });
    expect(readVolume('ปรับเสียงไปที่สามสิบห้า', 'th-TH')).toMatchObject({ level: 35, noun: true });
    // Hungarian "to twenty-five" (glued, with its ending), Burmese "put it at twenty", Tagalog in English.
    expect(readVolume('állítsd a hangerőt huszonötre', 'hu-HU').level).toBe(25);
    expect(readVolume('အသံကို နှစ်ဆယ် ထားပေး', 'my-MM').level).toBe(20);
    expect(readVolume('gawin mong seventy yung volume', 'tl-PH').level).toBe(70);
    // Finnish tens in a case: the unit and "kymmen" both take it (to forty).
    expect(readVolume('säädä äänenvoimakkuus neljäänkymmeneen', 'fi-FI').level).toBe(40);
    // Percent words of a language without a pack: Welsh "y cant".
    expect(parseAmount('i ugain y cant', 'cy-GB')).toEqual({ value: 20, percent: true });
    // "Un attimo" (a moment) is "a little", no level of one.
    expect(readVolume('alza un attimo il volume', 'it-IT').level).toBeNull();
  });

  it('without a pack, a volume reading too unsure to act on that says a level sets it; a surer one stays', () => {
    expect(repaired('audio_volume_up', 'gawin mong seventy yung volume', 'tl-PH', 0.28)).toBe('audio_volume_other');
    // MASSIVE labels "volume up to sixty" louder.
    expect(repaired('audio_volume_up', 'gawin mong seventy yung volume', 'tl-PH', 0.6)).toBe('audio_volume_up');
  });

  it('repairs a close but wrong intent from the words', () => {
    expect(repaired('audio_volume_mute', 'could you make it louder', 'en-US')).toBe('audio_volume_up');
    expect(repaired('iot_hue_lightup', 'громче пожалуйста', 'ru-RU')).toBe('audio_volume_up');
    expect(repaired('general_quirky', 'un peu moins fort', 'fr-FR')).toBe('audio_volume_down');
    expect(repaired('qa_maths', 'ses seviyesini kırk yap', 'tr-TR')).toBe('audio_volume_other');
    // Alarms and lists keep their intent.
    expect(repaired('alarm_set', 'wake me at 7 and turn it up', 'en-US')).toBe('alarm_set');
  });

  it('sets, raises and mutes through the dialog', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('audio_volume_up', 'volume at 20 percent', [], 'en-US'));
    expect(dialog.state.getState().audio.volume).toBe(20);
    await dialog.handle(u('audio_volume_mute', 'mach die musik lauter', [], 'de-DE'));
    expect(dialog.state.getState().audio).toMatchObject({ volume: 30, muted: false });
    await dialog.handle(u('audio_volume_up', 'громкость до 45', [], 'ru-RU'));
    expect(dialog.state.getState().audio.volume).toBe(45);
    await dialog.handle(u('audio_volume_other', '음소거 해 줘', [], 'ko-KR'));
    expect(dialog.state.getState().audio.muted).toBe(true);
  });
});

describe('player words', () => {
  it.each([
    ['en-US', 'audio_volume_mute', 'pause the song'],
    ['it-IT', 'music_query', 'metti in pausa la canzone'],
    ['zh-CN', 'audio_volume_mute', '把歌暂停'],
    ['sw-KE', 'general_quirky', 'simamisha muziki'],
    // "Stop" and "turn the music off" as people say them.
    ['zh-CN', 'music_settings', '把音乐停了'],
    ['de-DE', 'general_quirky', 'mach die musik aus'],
    ['es-ES', 'audio_volume_mute', 'apaga la música'],
    ['ko-KR', 'music_query', '음악 꺼 줘'],
    ['hi-IN', 'general_quirky', 'गाना बंद करो'],
    // The older spelling of the imperative; a light intent with the music named.
    ['pt-PT', 'audio_volume_mute', 'pára a música'],
    ['hi-IN', 'iot_hue_lightoff', 'म्यूज़िक बंद करो'],
    ['en-US', 'iot_hue_lightoff', 'turn off the music'],
    // A smart-plug intent with the music named.
    ['hi-IN', 'iot_wemo_off', 'संगीत बंद करो'],
    ['de-DE', 'iot_wemo_off', 'mach die musik aus'],
    // "Back on" and "restart" said of the music.
    ['de-DE', 'audio_volume_up', 'mach das lied wieder an'],
    ['it-IT', 'music_likeness', 'fai ripartire la musica'],
    // "Pause" as a verb of its own.
    ['pl-PL', 'music_likeness', 'zapauzuj muzykę'],
    ['pl-PL', 'music_query', 'daj pauzę w piosence'],
  ])('%s %s "%s" → the play skill', (locale, intent, text) => {
    expect(repaired(intent, text, locale)).toBe('play_music');
  });

  it('leaves a volume reading to its own words: "schalte den lautsprecher stumm" holds "halt" inside "schalte"', () => {
    expect(repaired('audio_volume_mute', 'schalte den lautsprecher stumm', 'de-DE')).toBe('audio_volume_mute');
    expect(repaired('audio_volume_mute', 'mach die musik stumm', 'de-DE')).toBe('audio_volume_mute');
    // A player word without a volume word still pauses.
    expect(repaired('audio_volume_mute', 'halt die musik an', 'de-DE')).toBe('play_music');
    // "halt" from a word's start only: not inside "schalte" or "stummschalten".
    expect(readMedia('schalte den lautsprecher stumm', 'de-DE').action).toBeNull();
    expect(readMedia('lautsprecher stummschalten', 'de-DE').action).toBeNull();
    expect(readMedia('halte die musik an', 'de-DE').action).toBe('pause');
    expect(readMedia('please halt the music', 'en-US').action).toBe('pause');
  });

  it('pauses, resumes and skips', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('play_music', 'play some jazz', [], 'en-US'));
    expect((await dialog.handle(u('music_query', 'pausiere das lied', [], 'de-DE'))).effect).toBe('play:pause');
    expect((await dialog.handle(u('audio_volume_up', 'reprends la musique', [], 'fr-FR'))).effect).toBe('play:resume');
    expect((await dialog.handle(u('music_likeness', 'next song please', [], 'en-US'))).effect).toBe('play:next');
    expect((await dialog.handle(u('music_settings', '把音乐停了', [], 'zh-CN', 0.25))).effect).toBe('play:pause');
    await dialog.handle(u('play_music', 'play some jazz', [], 'en-US'));
    expect(dialog.state.getState().audio.playing).toBe(true);
  });

  it('without a pack, an unsure volume step that says only the music and a play word is the player; a sure one stays', () => {
    expect(repairIntent(u('audio_volume_up', 'bật nhạc lên đi', [], 'vi-VN', 0.44), state)).toMatchObject({ intent: 'play_music', repairedBy: 'player-words' });
    expect(repairIntent(u('audio_volume_up', 'bật nhạc lên đi', [], 'vi-VN', 0.6), state).intent).toBe('audio_volume_up');
    // A volume word says the step: it stays one.
    expect(repairIntent(u('audio_volume_up', 'bật nhạc to lên', [], 'vi-VN', 0.44), state).intent).toBe('audio_volume_up');
  });

  it('confirms a play reading too unsure to act on when a player word is in it', async () => {
    expect(repairIntent(u('play_music', 'tu peux mettre la musique en pause', [], 'fr-FR', 0.2), state)).toMatchObject({ intent: 'play_music', confidence: 0.5, repairedBy: 'player-words' });
    expect(repairIntent(u('play_radio', 'pon la música en pausa', [], 'es-ES', 0.15), state).intent).toBe('play_music');
    // Sure enough, or without a player word, the reading stays as it was.
    expect(repairIntent(u('play_music', 'metti in pausa la musica', [], 'it-IT', 0.6), state).repairedBy).toBeUndefined();
    expect(repairIntent(u('play_music', 'tu peux mettre un peu de jazz', [], 'fr-FR', 0.2), state).confidence).toBe(0.2);
    const { dialog } = testDialog();
    await dialog.handle(u('play_music', 'play some jazz', [], 'en-US'));
    expect((await dialog.handle(u('play_music', 'tu peux mettre la musique en pause', [], 'fr-FR', 0.2))).effect).toBe('play:pause');
  });

  it('leaves an alarm alone, and a light intent that names no music', () => {
    expect(repaired('alarm_remove', 'stop the music alarm', 'en-US')).toBe('alarm_remove');
    expect(repaired('iot_hue_lightoff', 'stop the lights', 'en-US')).toBe('iot_hue_lightoff');
  });
});

describe('maths words', () => {
  it.each([
    ['en-US', 'qa_definition', 'how much is 12 times 3', '36'],
    ['de-DE', 'qa_factoid', 'wieviel ist acht mal neun', '72'],
    ['fr-FR', 'datetime_query', 'vingt moins huit', '12'],
    ['es-ES', 'qa_factoid', 'nueve por nueve', '81'],
    ['pt-PT', 'general_quirky', 'quanto é 100 a dividir por 4', '25'],
    ['ja-JP', 'qa_factoid', '8かける6はいくつ', '48'],
    ['zh-CN', 'qa_factoid', '九乘以八等于几', '72'],
    ['ru-RU', 'qa_factoid', 'сколько будет 9 плюс 3', '12'],
    ['nl-NL', 'qa_factoid', '6 keer 8', '48'],
    ['tr-TR', 'qa_factoid', 'dokuz çarpı dokuz kaç', '81'],
    ['de-DE', 'qa_factoid', '6 x 4', '24'],
    ['en-US', 'qa_factoid', '9×9', '81'],
    // Hundreds said as words of their own or glued into one word.
    ['es-ES', 'qa_maths', 'cuánto es quinientos más doscientos cuarenta', '740'],
    ['it-IT', 'qa_maths', 'quanto fa duecentocinquanta più cento', '350'],
    ['de-DE', 'qa_maths', 'was ist zweitausend minus dreihundert', '1.700'],
    ['hi-IN', 'qa_maths', 'पचहत्तर और पच्चीस जोड़ो', '100'],
    ['hi-IN', 'qa_factoid', 'चौंसठ में छह जोड़ दो', '70'],
    ['en-US', 'qa_factoid', 'add 17 and 25', '42'],
    ['en-US', 'qa_maths', 'add nine to eleven', '20'],
  ])('%s %s "%s" = %s', async (locale, intent, text, result) => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u(intent, text, [], locale));
    expect(turn.effect).toBe('math:ok');
    expect(JSON.stringify(turn.reply.params)).toContain(result);
  });

  it('needs nothing else substantive beside the sum, and leaves alarms alone', () => {
    expect(repaired('qa_factoid', 'who was born in 1990 plus or minus 2 years', 'en-US')).toBe('qa_factoid');
    expect(repaired('lists_createoradd', 'add 2 plus 2 to my shopping list', 'en-US')).toBe('lists_createoradd');
    expect(repaired('alarm_set', 'a las 7 menos 5', 'es-ES')).toBe('alarm_set');
  });
});

describe('colour words with a light intent', () => {
  it.each([
    ['de-DE', 'iot_hue_lightup', 'mach die lampe blau', 'blue'],
    ['fr-FR', 'iot_hue_lighton', 'allume en rouge', 'red'],
    ['pl-PL', 'iot_hue_lighton', 'zmień światło na niebiesko', 'blue'],
    ['tr-TR', 'iot_hue_lightup', 'lambayı mora çevir', 'purple'],
    ['ko-KR', 'iot_hue_lighton', '조명 파란색으로 켜 줘', 'blue'],
    ['ja-JP', 'iot_hue_lightup', 'ライトをみどりにして', 'green'],
    ['ar-SA', 'iot_hue_lighton', 'شغل الضوء الأزرق', 'blue'],
  ])('%s %s "%s" → %s, on', async (locale, intent, text, colour) => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u(intent, text, [], locale));
    expect(turn.effect).toBe(`light:colour:${colour}`);
    expect(dialog.state.getState().devices.light).toMatchObject({ on: true, colourName: colour });
  });

  it('"brighter a little" (一点) is one step, not 10 %', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('iot_hue_lighton', 'turn on the light', [], 'en-US'));
    const before = dialog.state.getState().devices.light.brightness;
    await dialog.handle(u('iot_hue_lightup', '把灯调亮一点', [['change_amount', '一点']], 'zh-CN'));
    expect(dialog.state.getState().devices.light.brightness).toBeGreaterThanOrEqual(before);
  });
});
