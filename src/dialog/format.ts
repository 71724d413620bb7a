/**
 * Reply parameters that are not counts — times, dates, durations, lists — formatted for the
 * reply's locale with `Intl` here in the dialogue code; counts and levels are passed as
 * numbers and formatted (with plural rules) by the ICU template. Unknown locale tags fall
 * back to English.
 */

function loc(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** "7:30 AM", "07:30", "٧:٣٠ ص" (optionally in another time zone). */
export function formatTime(date: Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(loc(locale), { hour: 'numeric', minute: '2-digit', timeZone }).format(date);
}

/** "Friday, March 14", "Freitag, 14. März". */
export function formatDate(date: Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(loc(locale), { weekday: 'long', month: 'long', day: 'numeric', timeZone }).format(date);
}

/** Date and time together ("Sat, Mar 15, 7:00 AM"). */
export function formatDateTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(loc(locale), { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(date);
}

/** Languages that write the day before the time with no word before either (11月25日(水) 7:00). */
const DAY_FIRST = new Set(['ja', 'zh', 'ko']);

/** Between the time and its day: the Arabic comma in Arabic-script languages, a space where no comma is written. */
function timeDaySeparator(lang: string): string {
  if (['ar', 'fa', 'ur'].includes(lang)) return '، ';
  if (['th', 'km', 'my', 'lo'].includes(lang)) return ' ';
  return ', ';
}

/**
 * A time on another day, the time first ("7:00 AM, Wed, Nov 25"): replies say it after a
 * clock word ("para las {time}", "pukul {time}", "ora {time}"), which the day must not
 * follow ("para las mié, 25 nov, 7:00"). Japanese, Chinese and Korean put the day first.
 */
export function formatTimeOnDay(date: Date, locale: string): string {
  const lang = loc(locale).split('-')[0]!;
  if (DAY_FIRST.has(lang)) return formatDateTime(date, locale);
  const day = new Intl.DateTimeFormat(loc(locale), { weekday: 'short', month: 'short', day: 'numeric' }).format(date);
  return `${formatTime(date, locale)}${timeDaySeparator(lang)}${day}`;
}

/** "1 hour, 30 minutes", "5 Minuten": Intl.DurationFormat where the browser has it, else units joined by ListFormat. */
export function formatDuration(totalSeconds: number, locale: string): string {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = Math.round(totalSeconds % 60);
  const DurationFormat = (Intl as unknown as { DurationFormat?: new (l: string, o: object) => { format(d: object): string } }).DurationFormat;
  if (DurationFormat) return new DurationFormat(loc(locale), { style: 'long' }).format({ hours: h, minutes: m, seconds: s });
  const parts = (
    [
      [h, 'hour'],
      [m, 'minute'],
      [s, 'second'],
    ] as const
  )
    .filter(([v]) => v > 0)
    .map(([v, unit]) => new Intl.NumberFormat(loc(locale), { style: 'unit', unit, unitDisplay: 'long' }).format(v));
  if (parts.length === 0) return new Intl.NumberFormat(loc(locale), { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(0);
  return new Intl.ListFormat(loc(locale), { type: 'unit', style: 'long' }).format(parts);
}

/** "milk, eggs, and bread". */
export function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(loc(locale), { type: 'conjunction' }).format(items);
}

/** A number with the locale's digits and separators ("1,234.5", "١٢٣"). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(loc(locale), { maximumFractionDigits: 6 }).format(value);
}

/** A 0–100 level as a percentage ("40%", "40 %"). */
export function formatPercent(level: number, locale: string): string {
  return new Intl.NumberFormat(loc(locale), { style: 'percent' }).format(level / 100);
}

/** "in 5 minutes", "dans 2 heures": how far ahead something is. */
export function formatRelative(ms: number, locale: string): string {
  const rtf = new Intl.RelativeTimeFormat(loc(locale), { numeric: 'auto' });
  const minutes = Math.round(ms / 60_000);
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  return Math.abs(hours) < 48 ? rtf.format(hours, 'hour') : rtf.format(Math.round(hours / 24), 'day');
}
