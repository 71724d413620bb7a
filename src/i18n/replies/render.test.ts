import { describe, expect, it } from 'vitest';
import { languages } from '../languages.ts';
import { messageArguments } from '../uiText.ts';
import { EN_REPLIES, type ReplyKey } from './catalog.ts';
import { makeRenderReply, renderReply, replyCoverage } from './render.ts';

describe('renderReply', () => {
  it('fills the parameters into the locale template', () => {
    expect(renderReply({ key: 'alarmSet', params: { time: '07:30' } }, 'de-DE')).toEqual({
      text: 'Wecker für 07:30 gestellt.',
      lang: 'de',
      fallback: false,
    });
    expect(renderReply({ key: 'timeInZone', params: { place: 'Tokyo', time: '9:00' } }, 'en-US')).toEqual({
      text: 'In Tokyo it is 9:00.',
      lang: 'en',
      fallback: false,
    });
  });

  it('reports the BCP 47 tag of the text, not the MASSIVE code', () => {
    expect(renderReply({ key: 'paused' }, 'zh-TW')).toMatchObject({ text: '已暫停。', lang: 'zh-Hant', fallback: false });
    expect(renderReply({ key: 'paused' }, 'sl-SL')).toMatchObject({ lang: 'sl', fallback: false });
    expect(renderReply({ key: 'paused' }, 'tl-PH')).toMatchObject({ lang: 'fil', fallback: false });
  });

  it('falls back to English visibly when the locale lacks the key', () => {
    const render = makeRenderReply({ 'fr-FR': { paused: 'En pause.' } });
    expect(render({ key: 'paused' }, 'fr-FR')).toEqual({ text: 'En pause.', lang: 'fr', fallback: false });
    expect(render({ key: 'alarmSet', params: { time: '7:00' } }, 'fr-FR')).toEqual({
      text: 'Alarm set for 7:00.',
      lang: 'en',
      fallback: true,
    });
  });

  it('falls back for a locale it does not know', () => {
    expect(renderReply({ key: 'greeting' }, 'xx-XX')).toEqual({ text: EN_REPLIES.greeting, lang: 'en', fallback: true });
  });

  it('leaves a missing parameter visible and inserts values as plain text', () => {
    expect(renderReply({ key: 'alarmSet' }, 'en-US').text).toBe('Alarm set for {time}.');
    expect(renderReply({ key: 'playing', params: { what: '<b>jazz</b>' } }, 'en-US').text).toBe('Playing <b>jazz</b>.');
  });

  it('capitalizes a sentence that starts with a value, per locale', () => {
    expect(renderReply({ key: 'listEmpty', params: { list: 'shopping' } }, 'en-US').text).toBe('Shopping is empty.');
    expect(renderReply({ key: 'dateOf', params: { day: 'iki', date: '2' } }, 'tr-TR').text).toBe('İki: 2.');
    expect(renderReply({ key: 'alarmSet', params: { time: 'seven' } }, 'en-US').text).toBe('Alarm set for seven.');
  });

  it('renders every key in every locale without leftover placeholders', () => {
    for (const { code } of languages) {
      for (const key of Object.keys(EN_REPLIES) as ReplyKey[]) {
        // `{name}` gets a string, `{count, plural, …}` and `{level, number, …}` a number.
        const params = Object.fromEntries([...messageArguments(EN_REPLIES[key])].map(([name, kind]) => [name, kind === 'text' ? 'X' : 3]));
        const out = renderReply({ key, params }, code);
        expect(out.text, `${code}.${key}`).not.toMatch(/[{}#]/);
        expect(out.fallback, `${code}.${key}`).toBe(false);
      }
    }
  });

  it('formats numbers in the locale: digits, percent sign, plural', () => {
    expect(renderReply({ key: 'volumeSet', params: { level: 40 } }, 'en-US').text).toBe('Volume set to 40%.');
    expect(renderReply({ key: 'volumeSet', params: { level: 40 } }, 'fr-FR').text).toMatch(/ 40\u00a0%\.$/);
    expect(renderReply({ key: 'volumeSet', params: { level: 40 } }, 'tr-TR').text).toContain('%40');
    expect(renderReply({ key: 'volumeSet', params: { level: 40 } }, 'ar-SA').text).toContain('٤٠٪');
    expect(renderReply({ key: 'alarmSnoozed', params: { minutes: 1 } }, 'en-US').text).toBe('Snoozed for 1 minute.');
    expect(renderReply({ key: 'alarmList', params: { count: 1234, list: 'X' } }, 'en-US').text).toBe('You have 1,234 alarms: X.');
  });

  it('falls back to English visibly, never throwing, when a template cannot be formatted', () => {
    // An invalid ICU template (no `other`) in a locale table.
    const render = makeRenderReply({ 'fr-FR': { alarmList: 'Vous avez {count, plural, one {# alarme}} : {list}.' } });
    expect(render({ key: 'alarmList', params: { count: 2, list: '7:00' } }, 'fr-FR')).toEqual({
      text: 'You have 2 alarms: 7:00.',
      lang: 'en',
      fallback: true,
    });
    // A count that is not a number: English, with the value as given.
    expect(renderReply({ key: 'alarmList', params: { count: 'trois', list: '7:00' } }, 'fr-FR')).toEqual({
      text: 'You have trois alarms: 7:00.',
      lang: 'en',
      fallback: true,
    });
    // A missing count stays visible.
    expect(renderReply({ key: 'alarmList', params: { list: '7:00' } }, 'en-US')).toEqual({ text: 'You have {count}: 7:00.', lang: 'en', fallback: false });
    // A count given as plain digits in a string still counts.
    expect(renderReply({ key: 'alarmList', params: { count: '2', list: '7:00' } }, 'ru-RU').text).toBe('У вас 2 будильника: 7:00.');
  });
});

describe('replyCoverage', () => {
  it('lists every MASSIVE locale with its missing keys', () => {
    const coverage = replyCoverage();
    expect(Object.keys(coverage)).toHaveLength(52);
    expect(coverage['en-US']).toEqual({ missing: [] });
    const partial = replyCoverage({ 'de-DE': { paused: 'Pausiert.' } });
    expect(partial['de-DE']?.missing).not.toContain('paused');
    expect(partial['de-DE']?.missing).toHaveLength(Object.keys(EN_REPLIES).length - 1);
  });
});
