// The time axis of the slider: the months from the first document's date to the last, windows of months
// as the date filter's inclusive bounds, and the step that play takes. Pure: strings in, strings out.

export type Month = string; // YYYY-MM

export function monthOf(date: string): Month {
  return date.slice(0, 7);
}

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: Month, last: Month): Month[] {
  const months: Month[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 12 * 200; guard++) {
    const current = `${String(year)}-${String(month).padStart(2, '0')}`;
    if (current > last) break;
    months.push(current);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** The months the dated documents span, in order; empty when none has a date. */
export function monthsOf(dates: readonly (string | null)[]): Month[] {
  let first: string | undefined;
  let last: string | undefined;
  for (const date of dates) {
    if (date === null || date === '') continue;
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
  }
  return first === undefined || last === undefined ? [] : monthsBetween(monthOf(first), monthOf(last));
}

export function firstDay(month: Month): string {
  return `${month}-01`;
}

export function lastDay(month: Month): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate())}`;
}

/** A window of the axis: the indexes of its first and last month. */
export interface MonthWindow {
  start: number;
  end: number;
}

/** The window a date range covers on the axis; the whole axis for open ends. */
export function windowOf(months: readonly Month[], from?: string, to?: string): MonthWindow {
  const index = (date: string | undefined, fallback: number): number => {
    if (date === undefined) return fallback;
    const month = monthOf(date);
    const found = months.findIndex((m) => m >= month);
    return found === -1 ? months.length - 1 : months[found] === month ? found : Math.max(0, found - 1);
  };
  const start = index(from, 0);
  return { start, end: Math.max(start, index(to, months.length - 1)) };
}

/** The date range of a window, or none when it covers the whole axis. */
export function rangeOf(months: readonly Month[], window: MonthWindow): { from?: string; to?: string } {
  if (window.start <= 0 && window.end >= months.length - 1) return {};
  const [first, last] = [months[window.start], months[window.end]];
  return first === undefined || last === undefined ? {} : { from: firstDay(first), to: lastDay(last) };
}

/**
 * The window play shows next: the same width one month on; a window over the whole axis plays month by
 * month from the start. Null once the window has reached the last month.
 */
export function nextWindow(months: readonly Month[], window: MonthWindow): MonthWindow | null {
  const last = months.length - 1;
  if (window.start <= 0 && window.end >= last) return last > 0 ? { start: 0, end: 0 } : null;
  if (window.end >= last) return null;
  return { start: window.start + 1, end: window.end + 1 };
}

/** "Mar 2022" */
export function monthLabel(month: Month): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number - 1, 1)).toLocaleString('en', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
