/** The follow-up policy: an answer must fit the question; a confident new command is handled instead. */
import { describe, expect, it } from 'vitest';
import { testDialog, understood as u } from '../../testing/dialog.ts';

describe('follow-up answers', () => {
  it('a confident command of another scenario cancels the item question and is handled', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('lists_createoradd', 'put something on my grocery list', [['list_name', 'grocery']]));
    const turn = await dialog.handle(u('iot_hue_lighton', 'switch the lamp on', [], 'en-US', 0.8));
    expect(turn.effect).toBe('light:on');
    expect(dialog.state.getState().lists.flatMap((l) => l.items)).toEqual([]);
    expect(dialog.awaiting()).toBeNull();
  });

  it('an unsure reading whose words make it a confident command (a repair) cancels the item question', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('play_music', 'play some jazz'));
    await dialog.handle(u('lists_createoradd', 'add something to the grocery list', [['list_name', 'grocery']]));
    // "Stop the song" read as mute at 0.46: the player words make it a pause.
    const turn = await dialog.handle(u('audio_volume_mute', 'şarkıyı durdur', [], 'tr-TR', 0.46));
    expect(turn.effect).toBe('play:pause');
    expect(dialog.state.getState().lists.flatMap((l) => l.items)).toEqual([]);
  });

  it('in an unspaced script a confident command is not taken for one word (Thai, Khmer)', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('lists_createoradd', 'เพิ่มของลงรายการหน่อย', [], 'th-TH'));
    expect(dialog.awaiting()).not.toBeNull();
    // "Turn on the light, please" is one chunk of Thai letters, not a one-word item.
    const turn = await dialog.handle(u('iot_hue_lighton', 'เปิดไฟในห้องนั่งเล่นให้หน่อย', [], 'th-TH', 0.95));
    expect(turn.effect).toBe('light:on');
    expect(dialog.state.getState().lists.flatMap((l) => l.items)).toEqual([]);
  });

  it('a confident command whose every letter carries a vowel sign overtakes the item question (Kannada)', async () => {
    for (const [intent, text, locale, slot, effect, ask] of [
      ['audio_volume_up', 'ವಾಲ್ಯೂಮ್ ಸ್ವಲ್ಪ ಜಾಸ್ತಿ ಮಾಡು', 'kn-IN', 'ಸ್ವಲ್ಪ', 'volume:up', 'ಶಾಪಿಂಗ್ ಲಿಸ್ಟಿಗೆ ಏನೋ ಸೇರಿಸಬೇಕು'],
      ['iot_hue_lightoff', 'ಲೈಟ್ ಆಫ್ ಮಾಡು', 'kn-IN', 'ಲೈಟ್', 'light:off', 'ಶಾಪಿಂಗ್ ಲಿಸ್ಟಿಗೆ ಏನೋ ಸೇರಿಸಬೇಕು'],
    ] as const) {
      const { dialog } = testDialog();
      await dialog.handle(u('iot_hue_lighton', 'turn on the light'));
      await dialog.handle(u('lists_createoradd', ask, [['list_name', 'ಶಾಪಿಂಗ್']], locale));
      expect(dialog.awaiting(), text).not.toBeNull();
      // The NLU tags one word; the words beside it ("ಜಾಸ್ತಿ ಮಾಡು", make more) are the request.
      const turn = await dialog.handle(u(intent, text, [[intent === 'audio_volume_up' ? 'change_amount' : 'device_type', slot]], locale, 0.86));
      expect(turn.effect, text).toBe(effect);
      expect(dialog.state.getState().lists.flatMap((l) => l.items), text).toEqual([]);
    }
  });

  it('"add something to the list" without a pack asks which item ("något", "κάτι")', async () => {
    for (const [text, locale] of [['lägg till något på listan', 'sv-SE'], ['πρόσθεσε κάτι στη λίστα', 'el-GR']] as const) {
      const { dialog } = testDialog();
      const turn = await dialog.handle(u('lists_createoradd', text, [], locale));
      expect(turn.reply.key, text).toBe('askListItem');
      expect(dialog.state.getState().lists.flatMap((l) => l.items), text).toEqual([]);
    }
  });

  it('a bare noun the NLU reads as a request is still the item', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('lists_createoradd', 'add to the grocery list', [['list_name', 'grocery']]));
    await dialog.handle(u('iot_coffee', 'ground coffee', [], 'en-US', 0.8));
    expect(dialog.state.getState().lists.flatMap((l) => l.items)).toEqual(['ground coffee']);
  });

  it('an unsure reading of a command does not cancel the question', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('lists_createoradd', 'add to the grocery list', [['list_name', 'grocery']]));
    await dialog.handle(u('iot_hue_lightoff', 'light bulbs', [], 'en-US', 0.3));
    expect(dialog.state.getState().lists.flatMap((l) => l.items)).toEqual(['light bulbs']);
  });

  it('a question asked in one language is not answered by an utterance in another', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('lists_createoradd', 'add to the grocery list', [['list_name', 'grocery']]));
    expect(dialog.awaiting()).not.toBeNull();
    // The same bare noun in English would be the item (see above); in Arabic it is a new request.
    const turn = await dialog.handle(u('iot_coffee', 'قهوة مطحونة', [], 'ar-SA', 0.8));
    expect(dialog.state.getState().lists.flatMap((l) => l.items)).toEqual([]);
    expect(turn.intent).toBe('iot_coffee');
    expect(dialog.awaiting()).toBeNull();
  });

  it('a longer time answers the time question when the NLU is unsure what it is', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', 'wake me up'));
    await dialog.handle(u('general_quirky', 'at six thirty in the morning', [], 'en-US', 0.45));
    expect(dialog.state.getState().alarms).toHaveLength(1);
  });

  it('an answer said on a 24-hour spoken clock is the hour said, as in one sentence', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', 'mets une alarme', [], 'fr-FR'));
    const turn = await dialog.handle(u('alarm_set', 'à sept heures et demie', [['time', 'sept heures et demie']], 'fr-FR', 0.79));
    expect(turn.effect).toBe('alarm:set');
    const at = new Date(dialog.state.getState().alarms[0]!.at);
    expect([at.getHours(), at.getMinutes()]).toEqual([7, 30]);
  });

  it('a full clock time answers the time question even when the NLU is sure it is something else', async () => {
    for (const [locale, said, hm] of [
      ['de-DE', 'halb acht', /^(07|19):30$/],
      ['en-US', 'seven thirty pm', /^19:30$/],
      ['fr-FR', 'sept heures et demie', /^(07|19):30$/],
    ] as const) {
      const { dialog } = testDialog();
      await dialog.handle(u('alarm_set', 'wake me up', [], locale));
      // the model, asked nothing, reads "halb acht" as "half of eight" (qa_maths, 0.70);
      // without a day period the alarm takes the next 7:30, morning or evening
      const turn = await dialog.handle(u('qa_maths', said, [], locale, 0.7));
      expect(turn.effect).toBe('alarm:set');
      const at = new Date(dialog.state.getState().alarms[0]!.at);
      expect(`${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`).toMatch(hm);
    }
  });

  it('a bare number in a confident command is not a clock time: the command is handled', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', 'wake me up'));
    const turn = await dialog.handle(u('audio_volume_other', 'volume 5', [], 'en-US', 0.8));
    expect(turn.intent).toBe('audio_volume_other');
    expect(dialog.state.getState().alarms).toHaveLength(0);
    expect(dialog.awaiting()).toBeNull();
  });
});
