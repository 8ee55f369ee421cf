import { describe, expect, it } from 'vitest';
import { checkData, countryFile, entityFile, roleFile } from './schema.ts';

describe('checkData', () => {
  it.each([
    // file, content, what the error must say
    [
      'people.json',
      [{ id: 'Wang Yi', label: 'Wang Yi' }],
      /people\.json is malformed at entry\[0\]\.id \(id Wang Yi\): expected a lower-case slug/,
    ],
    [
      'people.json',
      [
        {
          id: 'wang-yi',
          label: 'Wang Yi',
          terms: [{ role: 'Foreign Minister', represents: 'CHN', from: '2023-7' }],
        },
      ],
      /entry\[0\]\.terms\[0\]\.from \(id wang-yi\): expected YYYY or YYYY-MM/,
    ],
    [
      'organizations.json',
      [{ id: 'nato', label: 'NATO', members: ['usa'] }],
      /entry\[0\]\.members\[0\] \(id nato\): expected an ISO 3166 alpha-3 code/,
    ],
    [
      'organizations.json',
      [{ id: 'nato', label: 'NATO', kind: 'Alliance' }],
      /entry\[0\]\.kind \(id nato\): expected one of Person, Country/,
    ],
    [
      'concepts.json',
      [{ id: 'ceasefire', label: 'ceasefire', alias: ['truce'] }],
      /entry\[0\]\.alias \(id ceasefire\): unknown field/,
    ],
    [
      'concepts.json',
      [{ id: 'ceasefire', label: '' }],
      /entry\[0\]\.label \(id ceasefire\): expected a non-empty string/,
    ],
    ['concepts.json', { id: 'ceasefire' }, /concepts\.json is malformed at entry: expected a list/],
  ])('%s: %j', (file, content, message) => {
    expect(() => checkData(file, content, entityFile)).toThrow(message);
  });

  it('names the country and field in countries.json', () => {
    expect(() => checkData('countries.json', { CHN: { aliases: 'PRC' } }, countryFile)).toThrow(
      /countries\.json is malformed at entry\.CHN\.aliases: expected a list/,
    );
  });

  it('checks roles.json', () => {
    const roles = {
      roles: [{ id: 'envoy', title: 'Envoy', variants: [], speaksFor: 'nobody' }],
      bodies: [],
      honorifics: [],
    };
    expect(() => checkData('roles.json', roles, roleFile)).toThrow(
      /entry\.roles\[0\]\.speaksFor: expected one of country, organization/,
    );
  });

  it('returns valid data as it is', () => {
    const entry = { id: 'bri', label: 'Belt and Road Initiative', aliases: ['BRI'] };
    expect(checkData('initiatives.json', [entry], entityFile)).toEqual([entry]);
  });
});
