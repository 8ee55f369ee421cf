// Dates as people write them at the top of an article, to ISO `YYYY-MM-DD`.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
}; // prettier-ignore

const LABEL = String.raw`(?:(?:date|dated|published|posted|updated|released)(?:\s+on)?\s*[:\-–—]?\s*)?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?`;
// A time after the date, with a zone as a name ("EST") or an offset ("+0000", as RSS dates have it).
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+(?:[a-z]{2,5}|[+-]\d{2}:?\d{2}))?)?`;
const MONTH = String.raw`([a-z]{3,9})\.?`;

const NUMERIC = new RegExp(
  String.raw`^${LABEL}(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?\.?$`,
  'i',
);
const MONTH_FIRST = new RegExp(
  String.raw`^${LABEL}${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}\.?$`,
  'i',
);
const DAY_FIRST = new RegExp(
  String.raw`^${LABEL}${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})${TIME}\.?$`,
  'i',
);

/** The ISO date of `YYYY-MM-DD` parts, or undefined when there is no such day. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The date a line consists of, as `YYYY-MM-DD`; undefined when the line is anything else. Accepts
 * `2020-09-11` (and `/` or `.` separators, or a full ISO timestamp), `September 11, 2020`,
 * `Sept. 11 2020`, `11 September 2020`, with an optional weekday, time, and label such as `Date:`.
 */
export function parseDateLine(line: string): string | undefined {
  const text = line.trim();
  if (text.length > 80) return undefined;
  let match = NUMERIC.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = MONTH_FIRST.exec(text);
  if (match) return monthDate(match[3], match[1], match[2]);
  match = DAY_FIRST.exec(text);
  if (match) return monthDate(match[3], match[2], match[1]);
  return undefined;
}

function monthDate(year = '', monthName = '', day = ''): string | undefined {
  const month = MONTHS[monthName.toLowerCase()];
  return month === undefined ? undefined : isoDate(Number(year), month, Number(day));
}

const ISO_DATE_OR_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** A date field as given (kept when already ISO 8601, else parsed to `YYYY-MM-DD`), or undefined. */
export function normalizeDate(value: string): string | undefined {
  const text = value.trim();
  if (ISO_DATE_OR_TIMESTAMP.test(text) && isoDate(+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10))) {
    return text;
  }
  return parseDateLine(text);
}
