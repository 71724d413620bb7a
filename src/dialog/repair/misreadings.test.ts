/**
 * Repairs for readings that the words contradict: a wake request read as a removal or a question,
 * a plug switched the other way, a pause read as a dislike, and a Norwegian light made "stronger".
 */
import { describe, expect, it } from 'vitest';
import { understood as u } from '../../../testing/dialog.ts';
import { initialDialogState } from '../state.ts';
import { repairIntent } from './index.ts';

const none = initialDialogState();
const withAlarm = { ...none, alarms: [{ id: 'a1', time: '05:30', day: '2026-11-25', label: null, createdAt: 0 }] } as unknown as typeof none;
const lightOn = { ...none, devices: { ...none.devices, light: { ...none.devices.light, on: true } } };

describe('repairs of readings the words contradict', () => {
  it('Turkish "kaldır beni" (get me up) is a wake request, not the "kaldır" (remove) of a removal', () => {
    expect(repairIntent(u('alarm_remove', 'yarın sabah beş buçukta kaldır beni', [], 'tr-TR', 0.4), none)).toMatchObject({ intent: 'alarm_set', repairedBy: 'alarm-clock-time' });
    expect(repairIntent(u('alarm_remove', 'beni yarın altı buçukta kaldır', [], 'tr-TR', 0.5), none).intent).toBe('alarm_set');
    // A removal that says "kaldır" of the alarm stays one.
    expect(repairIntent(u('alarm_remove', 'yarın beş buçuk alarmını kaldır', [], 'tr-TR', 0.5), none).intent).toBe('alarm_remove');
    // With an alarm to remove, the removal is the NLU's call, as before.
    expect(repairIntent(u('alarm_remove', 'yarın sabah beş buçukta kaldır beni', [], 'tr-TR', 0.4), withAlarm).intent).toBe('alarm_remove');
  });

  it.each<[string, string]>([
    ['pt-PT', 'tenho de acordar amanhã às sete e meia'],
    ['pt-PT', 'preciso de acordar às seis e meia'],
    ['de-DE', 'ich muss morgen um halb sieben aufstehen'],
    ['en-US', 'i have to get up at six thirty tomorrow'],
  ])('%s "%s": a guessed alarm question that asks to be woken at a time is a new alarm', (locale, text) => {
    expect(repairIntent(u('alarm_query', text, [], locale, 0.38), none)).toMatchObject({ intent: 'alarm_set', repairedBy: 'alarm-clock-time' });
  });

  it('an alarm question the NLU is sure of, or one with no clock time, stays a question', () => {
    expect(repairIntent(u('alarm_query', 'tenho de acordar amanhã às sete e meia', [], 'pt-PT', 0.6), none).intent).toBe('alarm_query');
    expect(repairIntent(u('alarm_query', 'a que horas tenho de acordar amanhã', [], 'pt-PT', 0.38), none).intent).toBe('alarm_query');
    expect(repairIntent(u('alarm_query', 'what alarms do i have at seven', [], 'en-US', 0.38), none).intent).toBe('alarm_query');
  });

  it.each<[string, string, string, string]>([
    ['en-US', 'toggle wemo plug socket on', 'iot_wemo_off', 'iot_wemo_on'],
    ['pt-PT', 'liga a tomada inteligente da ventoinha', 'iot_wemo_off', 'iot_wemo_on'],
    ['de-DE', 'schalte die steckdose aus', 'iot_wemo_on', 'iot_wemo_off'],
  ])('%s "%s": an unsure %s whose words switch the other way only is %s', (locale, text, read, want) => {
    expect(repairIntent(u(read, text, [], locale, 0.56), none)).toMatchObject({ intent: want, repairedBy: 'plug-switch-words' });
    // A sure reading stays.
    expect(repairIntent(u(read, text, [], locale, 0.75), none).intent).toBe(read);
  });

  it('without a pack, an unsure dislike with a pause word and the song named is a pause; a sure one stays', () => {
    expect(repairIntent(u('music_dislikeness', 'mandhegna lagune sik', [], 'jv-ID', 0.33), none)).toMatchObject({ intent: 'play_music', repairedBy: 'player-words' });
    expect(repairIntent(u('music_dislikeness', 'mandhegna lagune sik', [], 'jv-ID', 0.6), none).intent).toBe('music_dislikeness');
  });

  it('without a pack, a plug keeps the reading of the NLU: the word tables turned "on or off" on MASSIVE the wrong way', () => {
    expect(repairIntent(u('iot_wemo_off', 'nyalain stop kontak pintar buat kipas angin', [], 'id-ID', 0.56), none).intent).toBe('iot_wemo_off');
  });

  it('Norwegian "gjør lyset sterkere" (make the light stronger) brightens; "lyset svakere" dims', () => {
    expect(repairIntent(u('iot_hue_lightchange', 'gjør lyset sterkere på kontoret', [], 'nb-NO', 0.32), lightOn).intent).toBe('iot_hue_lightup');
    expect(repairIntent(u('iot_hue_lightchange', 'gjør lyset svakere på kontoret', [], 'nb-NO', 0.32), lightOn).intent).toBe('iot_hue_lightdim');
  });
});
