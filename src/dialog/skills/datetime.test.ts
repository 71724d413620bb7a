/**
 * datetime: the time and date now, a named day, another city's time zone, and a question word
 * the NLU tagged as a place. The clock is fixed: Friday 14 March 2025, 10:00 local.
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

describe('datetime', () => {
  it('tells the time, the date, a named day and the time in a city', async () => {
    const { dialog } = testDialog();
    expect((await dialog.handle(u('datetime_query', 'what time is it'))).reply.params?.time).toMatch(/^10:00\sAM$/);
    expect((await dialog.handle(u('datetime_query', 'what is the date today'))).reply).toEqual({ key: 'dateToday', params: { date: 'Friday, March 14' } });
    expect((await dialog.handle(u('datetime_query', 'what day is tomorrow', [['date', 'tomorrow']]))).reply).toEqual({ key: 'dateOf', params: { day: 'tomorrow', date: 'Saturday, March 15' } });
    expect((await dialog.handle(u('datetime_query', 'morgen', [['date', 'morgen']], 'de-DE'))).reply.params?.date).toBe('Samstag, 15. März');
  });

  it('answers in another time zone from the city table', async () => {
    vi.setSystemTime(new Date(Date.UTC(2025, 2, 14, 1, 0)));
    const { dialog } = testDialog();
    const tokyo = await dialog.handle(u('datetime_query', 'what time is it in tokyo', [['place_name', 'tokyo']]));
    expect(tokyo.reply.key).toBe('timeInZone');
    expect(tokyo.reply.params?.time).toMatch(/^10:00\sAM$/);
    expect(tokyo.effect).toBe('time:zone:Asia/Tokyo');
    const moscow = await dialog.handle(u('datetime_convert', 'сколько времени в москве', [['place_name', 'москве']], 'ru-RU'));
    expect(moscow.reply.params?.time).toBe('4:00');
    expect((await dialog.handle(u('datetime_query', 'time in atlantis', [['place_name', 'atlantis']]))).reply).toEqual({ key: 'unknownPlace', params: { place: 'atlantis' } });
  });

  it('answers the time here when the "place" is a word of the question, said without "in"', async () => {
    const { dialog } = testDialog();
    const asked = [
      u('datetime_query', 'kannst du mir sagen wie spät es ist', [['place_name', 'kannst']], 'de-DE'),
      u('datetime_query', 'sai dirmi che ore sono', [['place_name', 'dirmi']], 'it-IT'),
      u('datetime_query', 'dis moi quelle heure il est', [['place_name', 'dis']], 'fr-FR'),
    ];
    for (const turn of asked) expect((await dialog.handle(turn)).effect).toBe('time:now');
    // Without a pack: "now" tagged as a place inside the words that ask the time (Tamil, Telugu).
    const now = [
      u('datetime_query', 'இப்போது மணி என்ன', [['place_name', 'இப்போது']], 'ta-IN'),
      u('datetime_query', 'ఇప్పుడు టైం ఎంత', [['place_name', 'ఇప్పుడు']], 'te-IN'),
    ];
    for (const turn of now) expect((await dialog.handle(turn)).effect).toBe('time:now');
    // Said as a place, an unknown one is still named as unknown.
    const places = [
      u('datetime_query', 'wie spät ist es in atlantis', [['place_name', 'atlantis']], 'de-DE'),
      u('datetime_query', 'what time is it in narnia', [['place_name', 'narnia']]),
      u('datetime_query', 'che ore sono a gondor', [['place_name', 'gondor']], 'it-IT'),
      u('datetime_query', 'vad är klockan i atlantis', [['place_name', 'atlantis']], 'sv-SE'),
    ];
    for (const turn of places) expect((await dialog.handle(turn)).effect).toBe('time:unknownZone');
  });
});
