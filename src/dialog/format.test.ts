/**
 * Reply parameters as the replies read them: a time on another day comes after the clock
 * word of the reply ("para las {time}", "pukul {time}"), so the time is first there.
 */
import { describe, expect, it } from 'vitest';
import { renderReply } from '../i18n/replies/render.ts';
import { formatTimeOnDay } from './format.ts';

const SAT_7 = new Date(2025, 2, 15, 7, 0);

describe('formatTimeOnDay', () => {
  it.each<[string, RegExp]>([
    ['en-US', /^Alarm set for 7:00\sAM, Sat, Mar 15\.$/],
    ['es-ES', /^Alarma puesta para las 7:00, sáb, 15 mar\.$/],
    ['id-ID', /^Alarm disetel untuk pukul 7\.00, Sab, 15 Mar\.$/],
    ['ro-RO', /^Alarmă setată pentru ora 7:00, sâm\., 15 mar\.\.?$/],
    ['ar-SA', /^تم ضبط المنبه على \S+ ص، \S+، .+\.$/],
    ['th-TH', /^ตั้งปลุกเวลา 7:00 เสาร์ 15 มี\.ค\. แล้ว$/],
    ['ja-JP', /^3月15日\(土\) 7:00にアラームをセットしました。$/],
  ])('%s: an alarm on another day reads with the time after the clock word', (locale, reply) => {
    expect(renderReply({ key: 'alarmSet', params: { time: formatTimeOnDay(SAT_7, locale) } }, locale).text).toMatch(reply);
  });
});
