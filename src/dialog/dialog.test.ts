/**
 * The dialog as a whole: follow-up questions and their expiry, alarms that ring on time
 * (fake timers) and can be snoozed and removed, and persistence across two dialogs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from './storage/memory.ts';
import { understood as u, testDialog } from '../../testing/dialog.ts';

const NOW = new Date(2025, 2, 14, 10, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('follow-up questions', () => {
  it('asks for the alarm time and reads the next utterance as the answer', async () => {
    const { dialog } = testDialog();
    const ask = await dialog.handle(u('alarm_set', 'set an alarm'));
    expect(ask).toMatchObject({ reply: { key: 'askAlarmTime' }, awaiting: 'time' });
    expect(dialog.awaiting()).toEqual({ slot: 'time', kind: 'time' });
    // The NLU guesses some other intent for a bare time; the pending question wins.
    const done = await dialog.handle(u('general_quirky', 'half past seven in the evening', [['time', 'half past seven'], ['timeofday', 'evening']], 'en-US', 0.4));
    expect(done).toMatchObject({ scenario: 'alarm', intent: 'alarm_set', reply: { key: 'alarmSet' }, effect: 'alarm:set' });
    expect(new Date(dialog.state.getState().alarms[0]!.at)).toEqual(new Date(2025, 2, 14, 19, 30));
    expect(dialog.awaiting()).toBeNull();
  });

  it('asks for a timer duration in German', async () => {
    const { dialog } = testDialog();
    expect((await dialog.handle(u('alarm_set', 'stell einen Timer', [], 'de-DE'))).reply.key).toBe('askTimerDuration');
    const done = await dialog.handle(u('general_quirky', 'fünf Minuten', [], 'de-DE'));
    expect(done.reply).toEqual({ key: 'timerSet', params: { duration: '5 Minuten' } });
  });

  it('completes a colour, a list item and an event date', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('iot_hue_lightchange', 'change the colour of the light'));
    expect((await dialog.handle(u('iot_hue_lightoff', 'green'))).reply).toEqual({ key: 'lightColour', params: { colour: 'green' } });
    expect(dialog.state.getState().devices.light).toMatchObject({ on: true, colourName: 'green' });

    await dialog.handle(u('lists_createoradd', 'add an item to my shopping list', [['list_name', 'shopping']]));
    expect((await dialog.handle(u('music_query', 'Oat milk.'))).reply).toEqual({ key: 'listAdded', params: { item: 'Oat milk', list: 'shopping' } });

    await dialog.handle(u('calendar_set', 'put a meeting in my calendar', [['event_name', 'meeting']]));
    const ev = await dialog.handle(u('datetime_query', 'tomorrow', [['date', 'tomorrow']]));
    expect(ev.reply).toEqual({ key: 'eventAdded', params: { title: 'meeting', date: 'Saturday, March 15' } });
  });

  it('lets a new request through when the answer does not read as the value', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', 'set an alarm'));
    const other = await dialog.handle(u('iot_hue_lighton', 'turn on the lights'));
    expect(other.reply.key).toBe('lightOn');
    expect(dialog.state.getState().alarms).toEqual([]);
    expect(dialog.awaiting()).toBeNull();
  });

  it('does not take a number in another request for the missing time', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', 'set an alarm'));
    const other = await dialog.handle(u('audio_volume_other', 'set the volume to level 2 please', [['change_amount', '2']]));
    expect(other.reply).toEqual({ key: 'volumeSet', params: { level: 20 } });
    expect(dialog.state.getState().alarms).toEqual([]);
  });

  it('turns "in ten minutes" after "for what time?" into a timer', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', 'wake me up'));
    const done = await dialog.handle(u('alarm_set', 'in ten minutes', [['time', 'ten minutes']]));
    expect(done.reply).toEqual({ key: 'timerSet', params: { duration: '10 minutes' } });
  });

  it('forgets the question after it expires', async () => {
    const { dialog } = testDialog({ followUpMs: 30_000 });
    await dialog.handle(u('alarm_set', 'set an alarm'));
    vi.advanceTimersByTime(31_000);
    expect(dialog.awaiting()).toBeNull();
    const late = await dialog.handle(u('datetime_query', 'seven'));
    expect(late.reply.key).toBe('timeNow');
    expect(dialog.state.getState().alarms).toEqual([]);
  });

  it('can be cancelled', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', 'réveille-moi', [], 'fr-FR'));
    expect((await dialog.handle(u('general_quirky', 'annuler', [], 'fr-FR'))).reply.key).toBe('cancelled');
    expect(dialog.awaiting()).toBeNull();
  });

  it('asks again when the answer cannot be read, instead of guessing', async () => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', 'wake me up at dawnish', [['time', 'dawnish']]));
    expect(dialog.awaiting()).toEqual({ slot: 'time', kind: 'time' });
    const done = await dialog.handle(u('alarm_set', 'six thirty am'));
    expect(done.reply.key).toBe('alarmSet');
    expect(new Date(dialog.state.getState().alarms[0]!.at)).toEqual(new Date(2025, 2, 15, 6, 30));
  });
});

describe('alarms ring', () => {
  it('rings a timer when due, snoozes it and removes it', async () => {
    const { dialog, sound, notes, rings } = testDialog();
    await dialog.handle(u('alarm_set', 'timer for two minutes', [['time', 'two minutes']]));
    const id = dialog.state.getState().alarms[0]!.id;
    vi.advanceTimersByTime(60_000);
    expect((await dialog.handle(u('alarm_query', 'what timers do i have'))).reply).toEqual({ key: 'alarmList', params: { count: 1, list: '2 minutes (in 1 minute)' } });
    vi.advanceTimersByTime(59_000);
    expect(dialog.state.getState().alarms[0]!.ringing).toBe(false);
    expect(sound.on).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(dialog.state.getState().alarms[0]!.ringing).toBe(true);
    expect(sound.on).toBe(true);
    expect(notes).toEqual(['⏰ 2 minutes']);
    expect(rings[0]).toMatchObject({ reply: { key: 'timerRinging', params: { duration: '2 minutes' } }, effect: 'alarm:ring' });

    const snoozed = dialog.snooze(id);
    expect(snoozed?.reply).toEqual({ key: 'alarmSnoozed', params: { minutes: 5 } });
    expect(dialog.state.getState().alarms[0]).toMatchObject({ ringing: false, at: NOW.getTime() + 120_000 + 300_000 });
    expect(sound.on).toBe(false);
    vi.advanceTimersByTime(299_000);
    expect(dialog.state.getState().alarms[0]!.ringing).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(dialog.state.getState().alarms[0]!.ringing).toBe(true);
    expect(sound.starts).toBe(2);

    expect(dialog.removeAlarm(id)?.reply.key).toBe('alarmRemoved');
    expect(dialog.state.getState().alarms).toEqual([]);
    expect(sound.on).toBe(false);
  });

  it('"stop" while a timer rings dismisses it, whatever the NLU made of the word; with nothing ringing it is just a word', async () => {
    const { dialog, sound } = testDialog();
    await dialog.handle(u('alarm_set', 'timer for two minutes', [['time', 'two minutes']]));
    await dialog.handle(u('alarm_set', 'wake me at seven tomorrow', [['time', 'seven'], ['date', 'tomorrow']]));
    vi.advanceTimersByTime(120_000);
    expect(sound.on).toBe(true);
    const stop = await dialog.handle(u('music_query', 'stop', [], 'en-US', 0.4));
    expect(stop).toMatchObject({ scenario: 'alarm', intent: 'alarm_remove', reply: { key: 'alarmRemoved', params: { time: '2 minutes' } }, effect: 'alarm:stop' });
    expect(dialog.state.getState().alarms.map((a) => a.kind)).toEqual(['alarm']);
    expect(sound.on).toBe(false);
    expect((await dialog.handle(u('play_music', 'stop', [], 'en-US', 0.9))).effect).not.toBe('alarm:stop');
    expect(dialog.state.getState().alarms).toHaveLength(1);
  });

  it('rings an alarm at its clock time and silences the sound after a while', async () => {
    const { dialog, sound } = testDialog({ ringMs: 10_000 });
    await dialog.handle(u('alarm_set', 'alarm at 10:30 am', [['time', '10:30 am']]));
    vi.advanceTimersByTime(30 * 60_000);
    expect(dialog.state.getState().alarms[0]!.ringing).toBe(true);
    expect(sound.on).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(sound.on).toBe(false);
    expect(dialog.state.getState().alarms[0]!.ringing).toBe(true);
  });

  it('does not ring a removed alarm', async () => {
    const { dialog, sound } = testDialog();
    await dialog.handle(u('alarm_set', 'alarm at eleven am', [['time', 'eleven am']]));
    await dialog.handle(u('alarm_remove', 'cancel my alarm'));
    vi.advanceTimersByTime(2 * 3_600_000);
    expect(sound.starts).toBe(0);
  });

  it('stops scheduling after dispose', async () => {
    const { dialog, sound } = testDialog();
    await dialog.handle(u('alarm_set', 'timer one minute', [['time', 'one minute']]));
    dialog.dispose();
    vi.advanceTimersByTime(120_000);
    expect(sound.starts).toBe(0);
  });
});

describe('persistence', () => {
  it('keeps lists, events and alarms for the next dialog on the same storage', async () => {
    const storage = createMemoryStorage();
    const first = testDialog({ storage }).dialog;
    await first.handle(u('lists_createoradd', 'add eggs to my shopping list', [['list_name', 'shopping']]));
    await first.handle(u('calendar_set', 'dentist tomorrow', [['event_name', 'dentist'], ['date', 'tomorrow']]));
    await first.handle(u('alarm_set', 'alarm at nine pm', [['time', 'nine pm']]));
    first.dispose();

    const { dialog: second, sound } = testDialog({ storage });
    await second.ready;
    expect(second.state.getState().lists).toEqual([{ name: 'shopping', items: ['eggs'] }]);
    expect(second.state.getState().events).toMatchObject([{ title: 'dentist', date: '2025-03-15' }]);
    expect(second.state.getState().alarms).toHaveLength(1);
    const read = await second.handle(u('lists_query', "what's on my shopping list", [['list_name', 'shopping']]));
    expect(read.reply).toEqual({ key: 'listRead', params: { list: 'shopping', items: 'eggs' } });
    // The reloaded alarm is scheduled again.
    vi.advanceTimersByTime(11 * 3_600_000);
    expect(sound.starts).toBe(1);
  });
});
