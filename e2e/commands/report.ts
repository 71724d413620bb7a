/**
 * Shares right per locale, per skill and overall, and the table both runners print, so the
 * Node report (`npm run commands`) and the Chromium spec read the same way.
 */
import { EXTRA_LOCALES, SUITE_LOCALES, SUITE_SKILLS, type Command } from './types.ts';

/** Right out of total. */
export interface Tally {
  right: number;
  total: number;
}

export interface Summary {
  overall: Tally;
  locales: Record<string, Tally>;
  skills: Record<string, Tally>;
}

/** One judged command. */
export interface Judged {
  command: Pick<Command, 'id' | 'locale' | 'skill'>;
  ok: boolean;
}

const add = (map: Record<string, Tally>, key: string, ok: boolean) => {
  const t = (map[key] ??= { right: 0, total: 0 });
  t.total++;
  if (ok) t.right++;
};

/** Tallies judged commands, in the suite's locale and skill order. */
export function summarize(results: readonly Judged[]): Summary {
  const locales: Record<string, Tally> = {};
  const skills: Record<string, Tally> = {};
  const overall: Tally = { right: 0, total: 0 };
  for (const l of [...SUITE_LOCALES, ...EXTRA_LOCALES]) if (results.some((r) => r.command.locale === l)) locales[l] = { right: 0, total: 0 };
  for (const s of SUITE_SKILLS) if (results.some((r) => r.command.skill === s)) skills[s] = { right: 0, total: 0 };
  for (const r of results) {
    add(locales, r.command.locale, r.ok);
    add(skills, r.command.skill, r.ok);
    overall.total++;
    if (r.ok) overall.right++;
  }
  return { overall, locales, skills };
}

/** The share right, 0..1 (1 for nothing judged). */
export const share = (t: Tally) => (t.total ? t.right / t.total : 1);

const pct = (t: Tally) => `${(share(t) * 100).toFixed(1)}%`;

/** A per-locale × per-skill table (cells: right/total), then the per-skill and overall lines. */
export function formatTable(results: readonly Judged[]): string {
  const summary = summarize(results);
  const skills = Object.keys(summary.skills);
  const cell = (locale: string, skill: string) => {
    const rs = results.filter((r) => r.command.locale === locale && r.command.skill === skill);
    return rs.length ? `${rs.filter((r) => r.ok).length}/${rs.length}` : '';
  };
  const rows: string[][] = [['locale', ...skills, 'right', 'share']];
  for (const [locale, t] of Object.entries(summary.locales)) rows.push([locale, ...skills.map((s) => cell(locale, s)), `${t.right}/${t.total}`, pct(t)]);
  rows.push(['all', ...skills.map((s) => `${summary.skills[s]!.right}/${summary.skills[s]!.total}`), `${summary.overall.right}/${summary.overall.total}`, pct(summary.overall)]);
  rows.push(['share', ...skills.map((s) => pct(summary.skills[s]!)), '', '']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** The same figures as a Markdown table (for docs/commands.md). */
export function formatMarkdown(results: readonly Judged[]): string {
  const summary = summarize(results);
  const skills = Object.keys(summary.skills);
  const cell = (locale: string, skill: string) => {
    const rs = results.filter((r) => r.command.locale === locale && r.command.skill === skill);
    return rs.length ? `${rs.filter((r) => r.ok).length}/${rs.length}` : '';
  };
  const lines = [`| locale | ${skills.join(' | ')} | right | share |`, `|---|${skills.map(() => '---:').join('|')}|---:|---:|`];
  for (const [locale, t] of Object.entries(summary.locales)) lines.push(`| ${locale} | ${skills.map((s) => cell(locale, s)).join(' | ')} | ${t.right}/${t.total} | ${pct(t)} |`);
  lines.push(`| **all** | ${skills.map((s) => `${summary.skills[s]!.right}/${summary.skills[s]!.total}`).join(' | ')} | **${summary.overall.right}/${summary.overall.total}** | **${pct(summary.overall)}** |`);
  lines.push(`| share | ${skills.map((s) => pct(summary.skills[s]!)).join(' | ')} | | |`);
  return lines.join('\n');
}
