/**
 * React binding of the UI catalogs, used once at the page root: loads the catalog of the
 * locale's UI language (English shows meanwhile) and re-renders the caller, and with it the
 * page below, when a catalog arrives. Components keep calling `tr(key, locale, vars)`.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { uiTextLang } from '../uiText.ts';
import { subscribeUiCatalogs, uiCatalogVersion } from './cache.ts';
import { loadUiLanguageFor } from './load.ts';

/** Loads `locale`'s UI language; returns the `lang` tag of the text the page shows now (`en` until it has loaded). */
export function useUiLanguage(locale: string): string {
  useSyncExternalStore(subscribeUiCatalogs, uiCatalogVersion, uiCatalogVersion);
  useEffect(() => {
    void loadUiLanguageFor(locale);
  }, [locale]);
  return uiTextLang(locale, 'inspector');
}
