import { describe, expect, it } from 'vitest';
import { readParties, type PartyRecord } from './parties.ts';

const record = (country: string, parties: string, snapshot = '2026-05-17'): PartyRecord => ({
  snapshot,
  country,
  chief_of_state: null,
  head_of_government: null,
  international_organizations: null,
  political_parties: parties,
});
const stateOf = (name: string) =>
  ({ Turkey: 'TUR', Germany: 'DEU', Japan: 'JPN', 'United Kingdom': 'GBR' })[name];
const known = (name: string) => name === 'Liberal Democratic Party';
const parties = (...records: PartyRecord[]) =>
  readParties(records, stateOf, known).parties.map((p) => `${p.label} [${(p.aliases ?? []).join(', ')}]`);

// One line per case: the lists, then the parties found.
describe('readParties', () => {
  it.each([
    [
      'a party and its acronym',
      [record('Turkey', 'Justice and Development Party or AKP <br>Good Party or IYI')],
      ['Good Party [IYI]', 'Justice and Development Party [AKP]'],
    ],
    [
      'acronyms in mixed case',
      [record('Germany', 'Alternative for Germany or AfD')],
      ['Alternative for Germany [AfD]'],
    ],
    [
      'a one-word name that is no acronym is left out',
      [record('Germany', 'The Left or Die Linke<br>Greens')],
      ['The Left [Die Linke]'],
    ],
    [
      'parentheses are no name',
      [record('United Kingdom', 'Labor (Labour) Party <br>Sinn Fein (Northern Ireland)')],
      ['Labor Party []', 'Sinn Fein []'],
    ],
    [
      'electoral alliances are no parties',
      [record('Turkey', "People's Alliance (electoral alliance includes AKP, MHP)")],
      [],
    ],
    [
      'a name two parties share is left out of both',
      [
        record('Japan', 'Social Democratic Party or SDP'),
        record('Turkey', 'Social Democratic Party or SDP<br>Felicity Party or SP'),
      ],
      ['Felicity Party [SP]'],
    ],
    ['the hand data wins', [record('Japan', 'Liberal Democratic Party or LDP')], []],
    [
      'the latest list of a state counts',
      [record('Turkey', 'Old Party', '2024-12-26'), record('Turkey', 'New Party')],
      ['New Party []'],
    ],
  ])('%s', (_, records, expected) => {
    expect(parties(...records)).toEqual(expected);
  });
});
