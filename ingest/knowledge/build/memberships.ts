// International memberships from the World Factbook's `international_organizations` lists: the member
// states of the groupings our organisations data names, as the latest snapshot lists them.
import { countDrop, type Drops } from './drops.ts';
import type { FactbookRecord } from './factbook.ts';

/**
 * Factbook abbreviations of political groupings, to our organisation ids: only those whose meaning is
 * clear and whose hand entry has no member list (the hand lists win). UN agencies of near-universal
 * membership (WHO, UPU...) are left out: their member lists say nothing about a country. So are OECD and
 * CE, whose lists are wrong in the latest snapshots (India an OECD member and four members missing;
 * Russia still in the Council of Europe).
 */
export const FACTBOOK_ORGANIZATIONS: Record<string, string> = {
  OSCE: 'osce',
  OIC: 'oic',
  CELAC: 'celac',
  'G-77': 'g77',
  NAM: 'nam',
  PIF: 'pacific-islands-forum',
  IGAD: 'igad',
  C: 'commonwealth',
  'Arctic Council': 'arctic-council',
  WTO: 'wto',
};

export interface MembershipRecord extends FactbookRecord {
  international_organizations: string | null;
}

/** Member states by organisation id, from each state's latest record; a qualified listing ("(observer)") is no membership. */
export function readMemberships(
  records: readonly MembershipRecord[],
  stateOf: (name: string) => string | undefined,
): { members: Record<string, string[]>; drops: Drops } {
  const drops: Drops = {};
  const latest = new Map<string, MembershipRecord>();
  for (const record of records) {
    const state = stateOf(record.country);
    const seen = state === undefined ? undefined : latest.get(state);
    if (state !== undefined && (!seen || seen.snapshot < record.snapshot)) latest.set(state, record);
  }
  const members = new Map<string, Set<string>>();
  for (const [state, record] of latest) {
    for (const listed of (record.international_organizations ?? '').split(/,\s*(?![^()]*\))/)) {
      const name = listed.trim();
      const id = FACTBOOK_ORGANIZATIONS[name];
      if (id === undefined) {
        if (/\(/.test(name) && FACTBOOK_ORGANIZATIONS[name.replace(/\s*\(.*$/, '')] !== undefined) {
          countDrop(drops, 'listing: an observer, partner, candidate or other non-member');
        }
        continue;
      }
      members.set(id, (members.get(id) ?? new Set()).add(state));
    }
  }
  return {
    members: Object.fromEntries(
      [...members].sort(([a], [b]) => a.localeCompare(b)).map(([id, set]) => [id, [...set].sort()]),
    ),
    drops,
  };
}
