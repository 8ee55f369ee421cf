// The PETRARCH2 actor dictionaries' format: an entry is a name ("SERGEY_LAVROV_"), its synonyms on "+"
// lines, and codes with optional dates, on its line or on indented lines after it:
//   SERGEY_LAVROV_
//   +SERGEI_LAVROV
//   	[RUSGOV 19940922-20040712] # Amb. to UN
//   	[RUSGOV >20040309]  # Foreign Minister

export interface ActorCode {
  /** "RUSGOV", "IGOUNOIAE", "ELI". */
  code: string;
  /** YYYY-MM, from `a-b`, `>a` (from), `<b` (until). */
  from?: string;
  to?: string;
  /** The comment on the code's line ("Foreign Minister"). */
  note?: string;
}

export interface ActorEntry {
  /** Words of the name and each synonym, in the dictionary's capitals ("SERGEY V. LAVROV"). */
  names: string[];
  codes: ActorCode[];
}

export function parseActors(text: string): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let current: ActorEntry | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const hash = raw.indexOf('#');
    const line = (hash < 0 ? raw : raw.slice(0, hash)).trimEnd();
    const note = hash < 0 ? undefined : raw.slice(hash + 1).trim() || undefined;
    if (line.trim() === '') continue;
    if (/^\s/.test(line) || line.startsWith('[')) {
      if (current) current.codes.push(...codesIn(line, note));
      continue;
    }
    if (line.startsWith('+')) {
      const name = wordsOf(line.slice(1).split('[')[0] ?? '');
      if (current && name !== '') current.names.push(name);
      continue;
    }
    const [name = '', ...rest] = line.split('[');
    current = { names: [wordsOf(name)], codes: codesIn(`[${rest.join('[')}`, note) };
    entries.push(current);
  }
  return entries;
}

function wordsOf(name: string): string {
  return name.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
}

function codesIn(text: string, note: string | undefined): ActorCode[] {
  return [...text.matchAll(/\[([A-Z]{3,})\s*([<>]?\d{6,8}(?:-\d{6,8})?)?\s*\]/g)].map((m) => {
    const code: ActorCode = { code: m[1] ?? '' };
    const dates = m[2];
    if (dates?.startsWith('>')) code.from = monthOf(dates.slice(1));
    else if (dates?.startsWith('<')) code.to = monthOf(dates.slice(1));
    else if (dates) {
      const [from = '', to = ''] = dates.split('-');
      code.from = monthOf(from);
      code.to = monthOf(to);
    }
    if (note !== undefined) code.note = note;
    return code;
  });
}

/** "20040309" and "040309" give 2004-03; six digits past 15 are 19xx ("460609"): the dictionaries end in 2015. */
function monthOf(date: string): string {
  const full = date.length === 6 ? `${Number(date.slice(0, 2)) > 15 ? '19' : '20'}${date}` : date;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}`;
}
