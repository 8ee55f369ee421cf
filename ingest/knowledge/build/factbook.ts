// The World Factbook's heads of state and government (factbook/executives.jsonl, 17 half-yearly
// snapshots 2015-2026) to people with dated terms: "Prime Minister Keir STARMER (since 5 July 2024)" in
// the snapshots of 2024-12 on gives Keir Starmer, Prime Minister of GBR from 2024-07.
import { decodeHTML } from 'entities';
import { countDrop, type Drops } from './drops.ts';
import { slugify } from '../../input/id.ts';
import { readCapitalisedName, type PersonName } from './people-names.ts';

export interface BuiltTerm {
  role: string;
  represents: string;
  from?: string;
  to?: string;
}

export interface BuiltPerson {
  id: string;
  label: string;
  aliases?: string[];
  surname?: string;
  terms: BuiltTerm[];
}

/** Titles that open the text of an office, longest first, with the role of roles.json they are. */
const TITLES: readonly [string, string][] = [
  ['Sultan and Prime Minister', 'Sultan'],
  ['President of the Swiss Confederation', 'President'],
  ['President of the Government', 'Prime Minister'],
  ['President of China', 'President'],
  ['Supreme Leader', 'Supreme Leader'],
  ['Federal Chancellor', 'Chancellor'],
  ['Prime Minister', 'Prime Minister'],
  ['Taoiseach', 'Prime Minister'],
  ['Chancellor', 'Chancellor'],
  ['President', 'President'],
  ['Premier', 'Premier'],
  ['Emperor', 'Emperor'],
  ['King', 'King'],
  ['Queen', 'King'],
  ['Amir', 'Emir'],
  ['Emir', 'Emir'],
  ['Sultan', 'Sultan'],
  ['Pope', 'Pope'],
];
/** Words before a title that keep its office ("Acting Prime Minister"). */
const INTERIM = /^(Acting|Interim|Transitional|Caretaker)\s+/;
/** Ranks and honorifics between a title and a name. */
const HONORIFIC =
  /^(Dr\.|Sir|Sheikh|Shaykh|Gen\.|General|Brig\.|Maj\.|Lt\.|Col\.|Field Marshal|Marshal|Adm\.|Admiral|Archbishop|\(Ret\.\)|Prof\.|Rev\.|Mr\.|Mrs\.|Ms\.)\s+/;
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

export interface FactbookRecord {
  snapshot: string;
  country: string;
  chief_of_state: string | null;
  head_of_government: string | null;
}

/** One reading of an office in a snapshot. */
interface Seen {
  snapshot: string;
  name: PersonName;
  role: string;
  since?: string;
}

/**
 * People with their terms, from the records of every snapshot. `countryOf` gives our id of a sovereign
 * state for a Factbook country name (undefined for territories and names it does not know).
 */
export function readFactbook(
  records: readonly FactbookRecord[],
  countryOf: (name: string) => string | undefined,
): { people: BuiltPerson[]; drops: Drops } {
  const drops: Drops = {};
  /** Readings by country and office ("GBR head"), in snapshot order. */
  const offices = new Map<string, Seen[]>();
  for (const record of [...records].sort((a, b) => a.snapshot.localeCompare(b.snapshot))) {
    const country = countryOf(decodeHTML(record.country).trim());
    if (country === undefined) {
      countDrop(drops, 'record: a territory or no sovereign state of ours');
      continue;
    }
    for (const [office, text] of [
      ['state', record.chief_of_state],
      ['government', record.head_of_government],
    ] as const) {
      if (!text) continue;
      const decoded = decodeHTML(text);
      // A monarch who reigns through a governor-general (Canada, Australia...) speaks for the realm
      // where they live, which has its own record.
      if (office === 'state' && /represented by/i.test(decoded)) {
        countDrop(drops, 'office: a head of state represented by a governor');
        continue;
      }
      const seen = readOffice(decoded, record.snapshot);
      if (typeof seen === 'string') {
        countDrop(drops, seen);
        continue;
      }
      const key = `${country} ${office}`;
      offices.set(key, [...(offices.get(key) ?? []), seen]);
    }
  }
  const people = new Map<string, BuiltPerson>();
  for (const [key, readings] of offices) {
    const country = key.split(' ')[0] ?? '';
    for (const { seen, term } of terms(readings, country)) {
      const id = slugify(seen.name.label);
      const person = people.get(id) ?? {
        id,
        label: seen.name.label,
        ...(seen.name.aliases.length > 0 ? { aliases: seen.name.aliases } : {}),
        ...(seen.name.surname === undefined ? {} : { surname: seen.name.surname }),
        terms: [],
      };
      const same = person.terms.find(
        (t) => t.role === term.role && t.represents === term.represents && overlap(t, term),
      );
      if (same) {
        same.from = earlier(same.from, term.from);
        same.to = later(same.to, term.to);
        if (same.to === undefined) delete same.to;
      } else person.terms.push(term);
      people.set(id, person);
    }
  }
  for (const person of people.values())
    person.terms.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  return { people: [...people.values()].sort((a, b) => a.id.localeCompare(b.id)), drops };
}

/** "Prime Minister Keir STARMER (since 5 July 2024)": the office holder, or why it is left out. */
export function readOffice(text: string, snapshot: string): Seen | string {
  // Semicolons inside parentheses ("(chief of state since 2014; head of government since 2018)") do not
  // end the office's text.
  const unnested = text.replace(/\([^)]*\)/g, (group) => group.replace(/;/g, ','));
  let rest = unnested.split(';')[0]?.trim() ?? '';
  rest = rest.replace(INTERIM, '');
  const title = TITLES.find(([t]) => rest.startsWith(`${t} `));
  if (!title)
    return 'office: a title that is no head of state or government (vice president, governor, council...)';
  rest = rest.slice(title[0].length).trim();
  for (let m = HONORIFIC.exec(rest); m; m = HONORIFIC.exec(rest)) rest = rest.slice(m[0].length);
  const [namePart = ''] = rest.split(/\s*[(,]|\s+-\s+|\s+of the\s+|\s+note\b/);
  const name = readCapitalisedName(namePart.replace(/&nbsp;|\u00a0/g, ' ').trim());
  if (!name) return 'office: no name in capitals';
  if (/\d/.test(name.label)) return 'office: not a name';
  const groups = [...rest.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  const since = dateIn(groups.find((g) => g.includes('since')) ?? groups.find((g) => /\d{4}/.test(g)) ?? '');
  return { snapshot, name, role: title[1], ...(since === undefined ? {} : { since }) };
}

/** "since 5 July 2024" gives 2024-07, "since 1997" gives 1997. */
function dateIn(text: string): string | undefined {
  const m = new RegExp(`(?:(${MONTHS.join('|')})\\s+)?(\\d{4})`).exec(text);
  if (!m?.[2]) return undefined;
  const month = m[1] === undefined ? -1 : MONTHS.indexOf(m[1]);
  return month < 0 ? m[2] : `${m[2]}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * Successive snapshots of one office to terms: a run of snapshots naming the same person is one term,
 * from the date the text gives (else the first snapshot); it ends when the successor's term starts (else
 * at the last snapshot that names them), and runs on when the last snapshot still names them.
 */
function terms(readings: readonly Seen[], country: string): { seen: Seen; term: BuiltTerm }[] {
  const runs: Seen[][] = [];
  for (const seen of readings) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && slugify(last.name.label) === slugify(seen.name.label) && last.role === seen.role)
      run.push(seen);
    else runs.push([seen]);
  }
  const latest = readings[readings.length - 1]?.snapshot;
  return runs.map((run, i) => {
    const first = run[0] as Seen;
    const last = run[run.length - 1] as Seen;
    const next = runs[i + 1]?.[0];
    const dates = run.map((seen) => seen.since).filter((d) => d !== undefined);
    const from = dates.sort()[0] ?? first.snapshot.slice(0, 7);
    const term: BuiltTerm = { role: first.role, represents: country, from };
    if (last.snapshot !== latest) {
      const successor = next?.since;
      term.to = successor !== undefined && successor >= from ? successor : last.snapshot.slice(0, 7);
    }
    return { seen: last, term };
  });
}

/** Whether two terms share a month (open ends run on). */
function overlap(a: BuiltTerm, b: BuiltTerm): boolean {
  return (a.to === undefined || (b.from ?? '') <= a.to) && (b.to === undefined || (a.from ?? '') <= b.to);
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  return a < b ? a : b;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  return a > b ? a : b;
}
