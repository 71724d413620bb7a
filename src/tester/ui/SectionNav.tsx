/** In-page links to the view's sections (annotation, summary, batch evaluation): all stay mounted, so their test hooks are always there. */
import { tr } from './tr.ts';

/** The section links. */
export function SectionNav({ uiLocale }: { uiLocale: string }) {
  return (
    <nav className="tester-nav">
      <a href="#tester-annotate">{tr('navAnnotate', uiLocale)}</a>
      <a href="#tester-summary">{tr('navSummary', uiLocale)}</a>
      <a href="#tester-batch">{tr('navBatch', uiLocale)}</a>
    </nav>
  );
}
