import { describe, expect, it } from 'vitest';
import { readMemberships, type MembershipRecord } from './memberships.ts';

const record = (snapshot: string, country: string, list: string): MembershipRecord => ({
  snapshot,
  country,
  chief_of_state: null,
  head_of_government: null,
  international_organizations: list,
});
const stateOf = (name: string) => ({ Austria: 'AUT', Algeria: 'DZA', Kosovo: 'XKX' })[name];

// One line per case: the lists of the records, then the members found.
describe('readMemberships', () => {
  it.each([
    ['a listed grouping', [record('2026-05-17', 'Austria', 'EU, OSCE, UN')], { osce: ['AUT'] }],
    [
      'a qualified listing is no membership',
      [record('2026-05-17', 'Algeria', 'OSCE (partner), WTO (observer)')],
      {},
    ],
    [
      'the latest snapshot of each state counts',
      [record('2015-11-29', 'Austria', 'OSCE, WTO'), record('2026-05-17', 'Austria', 'WTO')],
      { wto: ['AUT'] },
    ],
    [
      'commas inside parentheses do not split',
      [record('2026-05-17', 'Austria', 'ICC (national committees, NGOs), NAM')],
      { nam: ['AUT'] },
    ],
    ['lists of wrong data are not read (OECD, CE)', [record('2026-05-17', 'Austria', 'OECD, CE')], {}],
    ['no state of ours, no members', [record('2026-05-17', 'Aruba', 'OSCE')], {}],
  ])('%s', (_, records, expected) => {
    expect(readMemberships(records, stateOf).members).toEqual(expected);
  });
});
