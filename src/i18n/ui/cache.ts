/**
 * The UI catalogs loaded so far (language → checked catalog), the pseudo-locale switch, and a
 * version number that changes whenever either does, with a subscription for React
 * (`useUiLanguage`). The translators read from here synchronously: a language that is not
 * (yet) here shows in English. A leaf: catalogs are immutable data, the same for every page,
 * so one cache serves all the pages' runtimes like a compiled-message cache would.
 */
import type { UiCatalog } from './types.ts';

const catalogs = new Map<string, UiCatalog>();
const listeners = new Set<() => void>();
let version = 0;
let pseudo = false;

function changed(): void {
  version++;
  for (const listener of [...listeners]) listener();
}

/** The installed catalog of UI language `lang`, or undefined (not loaded, not offered, or none). */
export function uiCatalog(lang: string): UiCatalog | undefined {
  return catalogs.get(lang);
}

/** Installs `lang`'s checked catalog (or removes it, with `null`) and notifies the subscribers. */
export function installUiCatalog(lang: string, catalog: UiCatalog | null): void {
  if (catalog) catalogs.set(lang, catalog);
  else if (!catalogs.delete(lang)) return;
  changed();
}

/** True while the pseudo-locale (`?uiPseudo`, for layout testing) replaces every UI string. */
export function isUiPseudo(): boolean {
  return pseudo;
}

/** Turns the pseudo-locale on or off. */
export function setUiPseudo(on: boolean): void {
  if (pseudo === on) return;
  pseudo = on;
  changed();
}

/** Changes whenever a catalog is installed or the pseudo-locale is switched (a snapshot for `useSyncExternalStore`). */
export function uiCatalogVersion(): number {
  return version;
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function subscribeUiCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
