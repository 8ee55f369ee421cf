// International organisations and NGOs (Phoenix.International.actors.txt) and armed non-state groups
// (Phoenix.MilNonState.actors.txt) to Organizations with their aliases and acronyms. Rules of exclusion
// are in ingest/knowledge/README.md.
import { slugify } from '../../input/id.ts';
import type { ActorEntry } from './actors.ts';
import { countDrop, type Drops } from './drops.ts';
import { titleCase } from './people-names.ts';

export interface BuiltOrganization {
  id: string;
  label: string;
  aliases?: string[];
}

/**
 * Head nouns of an organisation's name: a name ending otherwise ("UN envoy", "Anarchist struggle",
 * "Abraham Abraham") names a person, a post or a slogan.
 */
const HEADS = new Set(
  (
    'organization organisation organizations council agency committee commission fund programme program ' +
    'bank court tribunal front army group groups party movement union association federation league ' +
    'alliance brigade brigades force forces office institute foundation network coalition centre center ' +
    'society conference assembly secretariat community watch international corps battalion battalions ' +
    'regiment militia militias legion guard guards unit units faction cells cell mujahideen jihad ' +
    'board authority mission initiative partnership forum order service services'
  ).split(' '),
);

/** Sectors inside an international code that are no politics: media, business, education, health, religion. */
const NOT_POLITICAL = new Set([
  'MED',
  'BUS',
  'EDU',
  'HLH',
  'AGR',
  'SCI',
  'SPT',
  'REL',
  'CHR',
  'MUS',
  'JEW',
  'HIN',
  'BUD',
]);

export interface OrgContext {
  /** Whether a name names something the hand data knows (an organisation, a country, a demonym...). */
  known: (name: string) => boolean;
  /** Whether a word is a country's name or demonym: "Indian UN peacekeeper" is about India. */
  countryWord: (word: string) => boolean;
}

/** `international`: IGO, NGO and IMG codes only (the file also has companies and officials). */
export function readOrganizations(
  entries: readonly ActorEntry[],
  context: OrgContext,
  international: boolean,
): { organizations: BuiltOrganization[]; drops: Drops } {
  const drops: Drops = {};
  const found = new Map<string, BuiltOrganization>();
  for (const entry of entries) {
    const why = excluded(entry, international);
    if (why !== undefined) {
      countDrop(drops, why);
      continue;
    }
    const { names, acronyms } = split(entry.names);
    const usable = names.filter((n) => !n.split(' ').some((w) => context.countryWord(titleCase(w))));
    const label = usable.find((n) => HEADS.has(lastWord(n)));
    if (label === undefined) {
      countDrop(drops, 'entry: no name with an organisation head noun, or one naming a country');
      continue;
    }
    const written = titleCase(label.replace(/^THE /, ''), (w) => acronyms.includes(w));
    const aliases = [
      ...usable.filter((n) => n !== label).map((n) => titleCase(n, (w) => acronyms.includes(w))),
      ...acronyms.filter((a) => initialism(a, label)),
    ];
    if ([written, ...aliases].some(context.known)) {
      countDrop(drops, 'entry: named by the hand data, which wins');
      continue;
    }
    const id = slugify(written);
    const org = found.get(id) ?? { id, label: written };
    const all = [...new Set([...(org.aliases ?? []), ...aliases])].filter((a) => a !== written).sort();
    if (all.length > 0) org.aliases = all;
    found.set(id, org);
  }
  return { organizations: [...found.values()].sort((a, b) => a.id.localeCompare(b.id)), drops };
}

function excluded(entry: ActorEntry, international: boolean): string | undefined {
  const [first] = entry.codes;
  if (!first) return 'entry: no code';
  if (entry.codes.some((c) => c.from !== undefined || c.to !== undefined || c.code === 'ELI')) {
    return 'entry: a person (dated roles)';
  }
  if (!international) return undefined;
  if (first.code.startsWith('MNC')) return 'entry: a company';
  if (!/^(IGO|NGO|IMG)/.test(first.code)) return 'entry: no international organisation code';
  const sectors = first.code.slice(3).match(/.{3}/g) ?? [];
  if (sectors.some((s) => NOT_POLITICAL.has(s)))
    return 'entry: media, business, education, health or religion';
  return undefined;
}

/** Names in words, and acronyms: one-word names and "(AAIA)" inside a name. */
function split(raw: readonly string[]): { names: string[]; acronyms: string[] } {
  const names: string[] = [];
  const acronyms: string[] = [];
  for (const name of raw) {
    const inner = /\(([A-Z]{2,})\)/.exec(name)?.[1];
    if (inner !== undefined) acronyms.push(inner);
    const clean = name
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!/^[A-Z][A-Z.'&-]*( [A-Z.'&-]+)*$/.test(clean)) continue;
    if (clean.includes(' ')) names.push(clean);
    else acronyms.push(clean.replace(/\./g, ''));
  }
  return { names, acronyms: [...new Set(acronyms)] };
}

function lastWord(name: string): string {
  return (name.split(' ').pop() ?? '').toLowerCase();
}

/**
 * Whether a one-word name is an acronym of the name ("IAEA" of International Atomic Energy Agency):
 * its letters are initials of the name's words, in order. Other one-word names may be English words
 * ("CARE", "HOPE") and are left out.
 */
export function initialism(acronym: string, name: string): boolean {
  // Two letters are too often something else ("HM", "AU"); the hand data has the two-letter ones.
  if (!/^[A-Z]{3,8}$/.test(acronym)) return false;
  const initials = name
    .split(/[ -]/)
    .map((w) => w.charAt(0))
    .join('');
  let at = 0;
  for (const letter of acronym) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return acronym.charAt(0) === initials.charAt(0);
}
