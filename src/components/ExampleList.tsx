/**
 * One-click sample utterances for the current locale: a click fills the text box and runs it.
 */
import { examplesFor } from '../i18n/examples.ts';
import { langTag } from '../i18n/languages.ts';
import { tr } from '../i18n/strings.ts';
import { useApp } from '../state/StoreContext.tsx';

/** Buttons for the locale's examples. */
export function ExampleList() {
  const locale = useApp((s) => s.locale);
  const setDraft = useApp((s) => s.setDraft);
  const submit = useApp((s) => s.submit);
  const examples = examplesFor(locale);
  if (examples.length === 0) return null;

  const run = (text: string) => {
    setDraft(text);
    void submit(text);
  };

  return (
    <section className="examples" aria-label={tr('examplesTitle', locale)}>
      <h2>{tr('examplesTitle', locale)}</h2>
      <ul>
        {examples.map((text) => (
          <li key={text}>
            <button type="button" data-testid="example" lang={langTag(locale)} dir="auto" onClick={() => run(text)}>
              {text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
