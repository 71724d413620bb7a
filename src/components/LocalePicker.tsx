/**
 * The locale picker: all 52 MASSIVE locales by their native names, each with its name in the
 * page's UI language as a tooltip (from `Intl.DisplayNames`; English where the UI is English
 * or the browser has no names in that language). Option values are the locale codes the NLU
 * receives (a stable test hook).
 */
import { useId } from 'react';
import { intlName, languages, langTag } from '../i18n/languages.ts';
import { tr } from '../i18n/strings.ts';
import { uiTextLang } from '../i18n/uiText.ts';
import { useApp } from '../state/StoreContext.tsx';

/** A labelled `<select>` bound to the store's locale. */
export function LocalePicker() {
  const id = useId();
  const locale = useApp((s) => s.locale);
  const setLocale = useApp((s) => s.setLocale);
  const uiTag = uiTextLang(locale, 'inspector');
  return (
    <div className="field">
      <label htmlFor={id}>{tr('localeLabel', locale)}</label>
      <select
        id={id}
        data-testid="locale-select"
        value={locale}
        onChange={(e) => setLocale(e.target.value)}
      >
        {languages.map((l) => (
          <option key={l.code} value={l.code} lang={langTag(l.code)} title={(uiTag === 'en' ? null : intlName(langTag(l.code), uiTag)) ?? l.englishName}>
            {l.nativeName} · {l.code}
          </option>
        ))}
      </select>
    </div>
  );
}
