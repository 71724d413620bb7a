/**
 * "A new version is available — Reload": shown while a new service worker waits (after a
 * deploy, on a page opened before it). Reload activates it and the page reloads once it is in
 * control; until then the page keeps running the version it loaded.
 */
import { useSyncExternalStore } from 'react';
import { tr } from '../i18n/strings.ts';
import { uiTextLang } from '../i18n/uiText.ts';
import { useApp } from '../state/StoreContext.tsx';
import type { UpdateWatch } from './serviceWorker.ts';
import './updatePrompt.css';

/** Props: the page's update watch. The text follows the store's locale. */
export function UpdatePrompt({ watch }: { watch: UpdateWatch }) {
  const locale = useApp((s) => s.locale);
  const waiting = useSyncExternalStore(watch.subscribe, watch.waiting, () => false);
  if (!waiting) return null;
  return (
    <aside className="update-prompt" role="status" data-testid="update-prompt" lang={uiTextLang(locale, 'inspector')}>
      <span>{tr('updateAvailable', locale)}</span>
      <button type="button" onClick={() => void watch.update()}>
        {tr('reload', locale)}
      </button>
    </aside>
  );
}
