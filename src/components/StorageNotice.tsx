/**
 * Tells the user, once, what happened to their saved data: records found unreadable at
 * start (set aside, not shown) and the last failed write (quota, private mode, blocked
 * database). Dismissing hides it until something new happens.
 */
import { useStore } from 'zustand';
import type { Dialog } from '../dialog/index.ts';
import { tr } from '../i18n/strings.ts';
import { uiTextLang } from '../i18n/uiText.ts';

/** Props: the dialog whose storage notices are shown. */
export function StorageNotice({ dialog, locale }: { dialog: Pick<Dialog, 'state' | 'dismissNotices'>; locale: string }) {
  const { quarantined, storageError } = useStore(dialog.state, (s) => s.notices);
  if (quarantined === 0 && storageError === null) return null;
  return (
    <section className="error-panel storage-notice" role="status" data-testid="storage-notice" lang={uiTextLang(locale, 'inspector')}>
      {quarantined > 0 ? <p data-testid="quarantine-notice">{tr('quarantined', locale, { count: quarantined })}</p> : null}
      {storageError !== null ? <p data-testid="storage-error">{tr('storageError', locale, { detail: storageError })}</p> : null}
      <button type="button" onClick={() => dialog.dismissNotices()}>
        {tr('dismiss', locale)}
      </button>
    </section>
  );
}
