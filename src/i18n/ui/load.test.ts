/**
 * Lazy loading: before a language's catalog has loaded its text is English (and marked `en`);
 * loading installs it and notifies the subscribers once; a language without a catalog, or
 * with one under the coverage threshold, stays English as a whole; the pseudo-locale wraps
 * every string and leaves the values alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EN as DIALOG_EN, tr as trDialog } from '../../dialog/ui/strings.ts';
import { tr } from '../strings.ts';
import { uiTextLang } from '../uiText.ts';
import { installUiCatalog, setUiPseudo, subscribeUiCatalogs, uiCatalog, uiCatalogVersion } from './cache.ts';
import { catalogReport, formatCoverage } from './coverage.ts';
import { loadUiLanguage, loadUiLanguageFor } from './load.ts';
import { pseudoLocalize } from './pseudo.ts';
import { UI_COVERAGE_THRESHOLD } from './sources.ts';

afterEach(() => setUiPseudo(false));

describe('loading a UI language', () => {
  it('shows English until the catalog arrives, then the language, with one notification', async () => {
    expect(tr('submit', 'de-DE')).toBe('Understand');
    expect(uiTextLang('de-DE', 'inspector')).toBe('en');
    let calls = 0;
    const stop = subscribeUiCatalogs(() => calls++);
    const before = uiCatalogVersion();
    const loading = loadUiLanguageFor('de-DE');
    expect(loadUiLanguageFor('de-DE')).toBe(loading);
    await expect(loading).resolves.toBe(true);
    stop();
    expect(calls).toBe(1);
    expect(uiCatalogVersion()).not.toBe(before);
    expect(tr('submit', 'de-DE')).toBe('Verstehen');
    expect(uiTextLang('de-DE', 'inspector')).toBe('de');
    // Other languages are still English until they load.
    expect(tr('submit', 'fr-FR')).toBe('Understand');
    await expect(loadUiLanguage('de')).resolves.toBe(true);
  });

  it('loads each language on its own: zh-TW reads Traditional, zh-CN Simplified', async () => {
    await loadUiLanguageFor('zh-TW');
    expect(tr('localeLabel', 'zh-TW')).toBe('語言');
    expect(tr('localeLabel', 'zh-CN')).toBe('Language');
    await loadUiLanguageFor('zh-CN');
    expect(tr('localeLabel', 'zh-CN')).toBe('语言');
  });

  it('keeps a locale without a catalog in English', async () => {
    await expect(loadUiLanguageFor('sw-KE')).resolves.toBe(false);
    expect(tr('submit', 'sw-KE')).toBe('Understand');
    expect(uiTextLang('sw-KE', 'inspector')).toBe('en');
  });

  it('falls back per key to English for a key an installed catalog lacks', () => {
    installUiCatalog('it', { dialog: { snooze: 'Posticipa' } });
    expect(trDialog('snooze', 'it-IT')).toBe('Posticipa');
    expect(trDialog('remove', 'it-IT')).toBe('Remove');
    expect(uiTextLang('it-IT', 'dialog')).toBe('it');
    expect(uiTextLang('it-IT', 'inspector')).toBe('en');
    installUiCatalog('it', null);
    expect(trDialog('snooze', 'it-IT')).toBe('Snooze');
  });
});

describe('coverage', () => {
  const dialogOnly = { ...DIALOG_EN };

  it('does not offer a catalog under the threshold, and says what is missing', () => {
    const report = catalogReport('xx', { dialog: { ...dialogOnly, volume: 'Lautstärke {level}' } });
    expect(report.share).toBeLessThan(UI_COVERAGE_THRESHOLD);
    expect(report.offered).toBe(false);
    expect(report.translated).toBe(Object.keys(DIALOG_EN).length);
    expect(report.missing).toContain('inspector.submit');
    expect(report.problems).toEqual([]);
    expect(formatCoverage([report])).toMatch(/xx\s+\d+\.\d%.*NOT OFFERED/);
  });

  it('drops stray keys, other arguments and invalid ICU, and names them', () => {
    const report = catalogReport('xx', {
      dialog: { volume: 'Lautstärke {lvl}', brightness: '{level, plural, one {#}}', snooze: 'Schlummern', snoze: 'x', remove: 42 },
      extra: {},
    });
    expect(Object.keys(report.catalog.dialog ?? {})).toEqual(['snooze']);
    expect(report.problems.join('\n')).toMatch(/extra: no such namespace/);
    expect(report.problems.join('\n')).toMatch(/dialog\.snoze: no such key/);
    expect(report.problems.join('\n')).toMatch(/dialog\.volume: arguments/);
    expect(report.problems.join('\n')).toMatch(/dialog\.brightness: (not valid ICU|arguments)/);
    expect(report.problems.join('\n')).toMatch(/dialog\.remove: not a string/);
    expect(catalogReport('xx', 'nonsense').problems[0]).toMatch(/not an object/);
  });
});

describe('pseudo-locale', () => {
  it('accents, lengthens and brackets every string, keeping values and numbers', () => {
    setUiPseudo(true);
    const text = tr('modelReady', 'de-DE', { model: 'polyvox-nlu-v12', ms: 120 });
    expect(text).toMatch(/^\[polyvox-nlu-v12 ŕéáðý íñ 120 ɱš( ~~~)+\]$/);
    expect(tr('threads', 'en-US', { n: 2 })).toMatch(/^\[2 ţĥŕéáðš/);
    expect(uiTextLang('de-DE', 'inspector')).toBe('en-XA');
    expect(uiCatalog('pseudo')).toBeUndefined();
    expect(pseudoLocalize('Ab')).toBe('[Áƀ ~~~]');
    setUiPseudo(false);
    expect(tr('threads', 'en-US', { n: 2 })).toBe('2 threads');
  });
});
