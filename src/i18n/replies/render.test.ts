import { describe, expect, it } from 'vitest';
import { languages } from '../languages.ts';
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
        const params = Object.fromEntries([...EN_REPLIES[key].matchAll(/\{(\w+)\}/g)].map((m) => [m[1], 'X']));
        const out = renderReply({ key, params }, code);
        expect(out.text, `${code}.${key}`).not.toMatch(/[{}]/);
      }
    }
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
