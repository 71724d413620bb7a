import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { installUiCatalog } from '../i18n/ui/cache.ts';
import { DEFAULT_MODEL_ID } from '../nlu/index.ts';
import { catalogReport } from '../i18n/ui/coverage.ts';
import type { Turn } from '../state/types.ts';
import { carouselItem, carouselOrder, kioskCarousel } from './carousel.ts';
import { effectPanel, latestExchange } from './exchange.ts';
import { createIdleTimer, DEFAULT_IDLE_MINUTES, idleMsFrom } from './idle.ts';
import { INTENT_NAMES, SLOT_NAMES } from './ui/names.ts';
import { humanize, intentName, slotName } from './ui/strings.ts';
import { createDeadline, speakBudgetMs } from './watchdog.ts';

const labels = JSON.parse(readFileSync(new URL(`../../public/models/${DEFAULT_MODEL_ID}/labels.json`, import.meta.url), 'utf8')) as { intents: string[]; slots: string[] };

describe('friendly names', () => {
  it('name every one of the 60 intents and 55 slot types of the model, and nothing else', () => {
    expect(Object.keys(INTENT_NAMES).sort()).toEqual([...labels.intents].sort());
    expect(labels.intents).toHaveLength(60);
    const slotTypes = labels.slots.filter((s) => s !== 'Other');
    expect(slotTypes).toHaveLength(55);
    expect(Object.keys(SLOT_NAMES).sort()).toEqual([...slotTypes].sort());
  });

  it('read as words in English, never as the raw label', () => {
    expect(intentName('iot_hue_lightdim', 'en-US')).toBe('Dim the lights');
    expect(slotName('time', 'en-US')).toBe('Time');
    for (const intent of labels.intents) expect(intentName(intent, 'en-US')).not.toMatch(/_/);
  });

  it('are translated once the language is loaded, with the label in words for unknown ones', () => {
    const de = JSON.parse(readFileSync(new URL('../i18n/ui/locales/de.json', import.meta.url), 'utf8')) as unknown;
    installUiCatalog('de', catalogReport('de', de).catalog);
    expect(intentName('iot_hue_lightdim', 'de-DE')).toBe('Licht dimmen');
    expect(slotName('house_place', 'de-DE')).toBe('Raum');
    expect(intentName('brand_new_intent', 'de-DE')).toBe('Brand new intent');
    expect(humanize('color_type')).toBe('Color type');
  });
});

describe('idle reset', () => {
  it('reads ?idle= in minutes, with a default and bounds', () => {
    expect(idleMsFrom('')).toBe(DEFAULT_IDLE_MINUTES * 60_000);
    expect(idleMsFrom('?kiosk&idle=5')).toBe(300_000);
    expect(idleMsFrom('?idle=0.5')).toBe(30_000);
    expect(idleMsFrom('?idle=abc')).toBe(DEFAULT_IDLE_MINUTES * 60_000);
    expect(idleMsFrom('?idle=0')).toBe(6_000);
    expect(idleMsFrom('?idle=99999')).toBe(24 * 3_600_000);
  });

  it('fires once, ms after the last poke; cancel and dispose stop it', () => {
    vi.useFakeTimers();
    try {
      const onIdle = vi.fn();
      const timer = createIdleTimer(60_000, onIdle);
      vi.advanceTimersByTime(120_000);
      expect(onIdle).not.toHaveBeenCalled();
      timer.poke();
      vi.advanceTimersByTime(59_000);
      timer.poke();
      vi.advanceTimersByTime(59_000);
      expect(onIdle).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1_000);
      expect(onIdle).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(600_000);
      expect(onIdle).toHaveBeenCalledTimes(1);
      timer.poke();
      timer.cancel();
      vi.advanceTimersByTime(120_000);
      timer.dispose();
      timer.poke();
      vi.advanceTimersByTime(120_000);
      expect(onIdle).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('language carousel', () => {
  it('starts at the kiosk locale and goes round the table once', () => {
    expect(carouselOrder(['a', 'b', 'c', 'd'], 'c')).toEqual(['c', 'd', 'a', 'b']);
    expect(carouselOrder(['a', 'b'], 'zz')).toEqual(['a', 'b']);
    const order = kioskCarousel('de-DE');
    expect(order).toHaveLength(52);
    expect(new Set(order).size).toBe(52);
    expect(order[0]).toBe('de-DE');
  });

  it('gives each locale its native name and, round after round, its next example', () => {
    const order = kioskCarousel('ja-JP');
    const first = carouselItem(order, 0)!;
    expect(first).toMatchObject({ locale: 'ja-JP', nativeName: '日本語', rtl: false });
    expect(first.example.length).toBeGreaterThan(0);
    const again = carouselItem(order, order.length)!;
    expect(again.locale).toBe('ja-JP');
    expect(again.example).not.toBe(first.example);
    expect(carouselItem(order, order.indexOf('ar-SA'))).toMatchObject({ nativeName: 'العربية', rtl: true });
    expect(carouselItem([], 3)).toBeNull();
  });
});

describe('latest exchange', () => {
  const turn = (id: number, patch: Partial<Turn> = {}): Turn => ({
    id,
    source: 'voice',
    locale: 'de-DE',
    understood: { text: 'licht an', locale: 'de-DE', intent: 'iot_hue_lighton', scenario: 'iot', confidence: 0.9, slots: [], top: [] } as unknown as Turn['understood'],
    reply: { scenario: 'iot', intent: 'iot_hue_lighton', text: 'Das Licht ist an.', lang: 'de', fallback: false, effect: 'light:on' },
    error: null,
    ...patch,
  });

  it('is the newest turn, with its effect panel', () => {
    expect(latestExchange([])).toBeNull();
    const x = latestExchange([turn(1, { reply: null }), turn(2)])!;
    expect(x).toMatchObject({ id: 2, heard: 'licht an', intent: 'iot_hue_lighton', reply: 'Das Licht ist an.', effect: 'light:on', panel: 'home', failed: false });
    const ring = latestExchange([turn(3, { source: 'assistant', understood: null, reply: { scenario: 'alarm', intent: 'alarm_ring', text: 'Die Zeit ist um.', lang: 'de', fallback: false, effect: 'alarm:ring' } })])!;
    expect(ring).toMatchObject({ heard: null, intent: null, panel: 'alarms' });
  });

  it('maps effects to the panel that shows them', () => {
    expect(effectPanel('light:colour:red')).toBe('home');
    expect(effectPanel('timer:set')).toBe('alarms');
    expect(effectPanel('list:add')).toBe('lists');
    expect(effectPanel('event:add')).toBe('calendar');
    expect(effectPanel('volume:up')).toBe('media');
    expect(effectPanel('play:music')).toBe('media');
    expect(effectPanel('math:ok')).toBeNull();
    expect(effectPanel(undefined)).toBeNull();
  });
});

describe('watchdog timing', () => {
  it('gives a reply time to be spoken, within bounds', () => {
    expect(speakBudgetMs('')).toBe(5_000);
    expect(speakBudgetMs('x'.repeat(100))).toBe(20_000);
    expect(speakBudgetMs('x'.repeat(10_000))).toBe(60_000);
  });

  it('a deadline fires unless ended, and restarts on begin', () => {
    vi.useFakeTimers();
    try {
      const fired = vi.fn();
      const d = createDeadline();
      d.begin(1_000, fired);
      expect(d.armed).toBe(true);
      vi.advanceTimersByTime(900);
      d.begin(1_000, fired);
      vi.advanceTimersByTime(900);
      expect(fired).not.toHaveBeenCalled();
      vi.advanceTimersByTime(100);
      expect(fired).toHaveBeenCalledTimes(1);
      expect(d.armed).toBe(false);
      d.begin(1_000, fired);
      d.end();
      vi.advanceTimersByTime(5_000);
      expect(fired).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
