// Political parties from the World Factbook's `political_parties` lists ("Justice and Development Party
// or AKP<br>Republican People's Party or CHP"): Organizations with their other names and acronyms. They
// represent no one: a party speaks for itself, not for its country (the hand data's `represents` is for
// bodies of the state).
import { decodeHTML } from 'entities';
import { slugify } from '../../input/id.ts';
import { countDrop, type Drops } from './drops.ts';
import type { MembershipRecord } from './memberships.ts';
import type { BuiltOrganization } from './petrarch-orgs.ts';

export interface PartyRecord extends MembershipRecord {
  political_parties: string | null;
}

/** "AKP", "CPI(M)", "AfD": two capitals or more, no space. */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&()-]{1,9}$/;
/** Acronyms that are English words. */
const WORDS = new Set([
  'the',
  'and',
  'for',
  'our',
  'new',
  'now',
  'one',
  'all',
  'yes',
  'not',
  'can',
  'we',
  'us',
  'it',
  'is',
  'go',
]);
/** Electoral alliances and notes are no parties. */
const NOT_A_PARTY = /alliance includes|coalition includes|note:|^none$|^other\b/i;

/**
 * Parties of each sovereign state's latest list. A name or acronym two parties share ("Social Democratic
 * Party", "SDP", "SP") is left out of both, and a party left with no name is left out.
 */
export function readParties(
  records: readonly PartyRecord[],
  stateOf: (name: string) => string | undefined,
  known: (name: string) => boolean,
): { parties: BuiltOrganization[]; drops: Drops } {
  const drops: Drops = {};
  const latest = new Map<string, PartyRecord>();
  for (const record of records) {
    const state = stateOf(record.country);
    const seen = state === undefined ? undefined : latest.get(state);
    if (state !== undefined && record.political_parties && (!seen || seen.snapshot < record.snapshot)) {
      latest.set(state, record);
    }
  }
  const parties: { names: string[] }[] = [];
  for (const record of latest.values()) {
    for (const item of decodeHTML(record.political_parties ?? '').split(/<br\s*\/?>/i)) {
      const text = item.replace(/<[^>]+>/g, ' ').trim();
      if (text === '' || NOT_A_PARTY.test(text)) {
        if (text !== '') countDrop(drops, 'item: an electoral alliance or a note');
        continue;
      }
      // Parentheses hold a region ("(Northern Ireland)"), a leader or another spelling: none is the name.
      const names = text
        .replace(/\([^)]*\)/g, ' ')
        .split(/\s+or\s+/)
        .map((n) => n.replace(/\s+/g, ' ').trim())
        // One word that is no acronym may be an English word ("Greens", "Reform"), and so are some
        // acronyms ("THE"); quoted parts ("Sloga") are nicknames that quotes in the text break.
        .filter(
          (n) => (n.includes(' ') || (ACRONYM.test(n) && !WORDS.has(n.toLowerCase()))) && !/["“”]/.test(n),
        );
      if (names.length > 0) parties.push({ names });
    }
  }
  const uses = new Map<string, number>();
  for (const { names } of parties) {
    for (const name of new Set(names.map(slugify))) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  const found: BuiltOrganization[] = [];
  for (const { names } of parties) {
    const own = names.filter((n) => uses.get(slugify(n)) === 1 && !known(n));
    const label = own.find((n) => n.includes(' '));
    if (label === undefined) {
      countDrop(drops, 'party: every name shared with another party or named by the hand data');
      continue;
    }
    const aliases = [...new Set(own.filter((n) => n !== label))].sort();
    found.push({ id: slugify(label), label, ...(aliases.length > 0 ? { aliases } : {}) });
  }
  return { parties: found.sort((a, b) => a.id.localeCompare(b.id)), drops };
}
