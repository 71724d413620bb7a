import { describe, expect, it } from 'vitest';
import { zoneForPlace } from './timezones.ts';

describe('zoneForPlace', () => {
  it.each([
    ['en-US', 'tokyo', 'Asia/Tokyo'],
    ['en-US', 'new york city', 'America/New_York'],
    ['en-US', 'c. s. t.', 'America/Chicago'],
    ['de-DE', 'Berlin', 'Europe/Berlin'],
    ['fr-FR', 'Londres', 'Europe/London'],
    ['ja-JP', '東京', 'Asia/Tokyo'],
    ['zh-CN', '纽约', 'America/New_York'],
    ['hi-IN', 'दिल्ली', 'Asia/Kolkata'],
    ['ar-SA', 'القاهرة', 'Africa/Cairo'],
    ['ru-RU', 'лондоне', 'Europe/London'],
    ['ru-RU', 'пекине', 'Asia/Shanghai'],
    ['ru-RU', 'владивостоке', 'Asia/Vladivostok'],
    ['sw-KE', 'nairobi', 'Africa/Nairobi'],
  ])('%s %s → %s', (locale, place, zone) => {
    expect(zoneForPlace(place, locale)).toBe(zone);
  });

  it('returns null for places it does not know', () => {
    expect(zoneForPlace('atlantis', 'en-US')).toBeNull();
    expect(zoneForPlace('another city', 'en-US')).toBeNull();
  });
});
